import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { CALLBACKS } from '../../src/slack/ids.ts';
import { useAppProcesses } from '../support/appProcesses.ts';
import { postToApp, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues, signedUpView } from '../support/forms.ts';
import { SIGNING_SECRET } from '../support/testApp.ts';

const PEOPLE = 40;

describe('acknowledged sign-ups and a crash', () => {
  const harness = useAppProcesses('signup-crash');

  it('when the process is killed right after acknowledging 40 sign-ups, then after a restart every one is there, once', {
    timeout: 90_000,
  }, async () => {
    const first = await harness.launch();
    const hackfestId = await harness.schedule(first.events, 'Crash Test', 'slots 8');

    const acks = await Promise.all(
      Array.from({ length: PEOPLE }, (_, index) =>
        postToApp(
          first.events,
          SIGNING_SECRET,
          'interactive',
          viewSubmission({
            callbackId: CALLBACKS.signUp,
            userId: `U${1000 + index}`,
            privateMetadata: hackfestId,
            values: demoFormValues({ title: `Demo ${index}` }),
          }),
        ),
      ),
    );
    first.app.kill('SIGKILL');
    await first.app.exit();
    expect(acks.map((ack) => ack.status)).toEqual(Array(PEOPLE).fill(200));
    expect(acks.filter((ack) => signedUpView(ack)?.match(/in the line-up|on the waitlist/))).toHaveLength(PEOPLE);

    await harness.launch();
    const database = new DatabaseSync(join(harness.cwd, 'data', 'hackfest.db'));
    const made = database.prepare('select owner_id, count(*) as demos from demos group by owner_id').all() as Array<{
      demos: number;
    }>;
    database.close();
    expect(made).toHaveLength(PEOPLE);
    expect(made.every((row) => row.demos === 1)).toBe(true);
  });
});
