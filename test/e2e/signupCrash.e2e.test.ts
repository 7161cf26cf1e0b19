import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { useAppProcesses } from '../support/appProcesses.ts';
import { elementValue } from '../support/blocks.ts';
import { eventually } from '../support/eventually.ts';
import { postToApp, slashCommand, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues } from '../support/forms.ts';
import { SIGNING_SECRET } from '../support/testApp.ts';

const PEOPLE = 40;
const inTwoDays = () => new Date(Date.now() + 2 * 24 * 3_600_000).toISOString().slice(0, 10);

describe('acknowledged sign-ups and a crash', () => {
  const harness = useAppProcesses('signup-crash');

  it('when the process is killed right after acknowledging 40 sign-ups, then after a restart every one is made, once', {
    timeout: 90_000,
  }, async () => {
    const first = await harness.launch();
    await postToApp(
      first.events,
      SIGNING_SECRET,
      'command',
      slashCommand({
        text: `schedule "Crash Test" ${inTwoDays()} 14:00 3h slots 8`,
        userId: 'U111',
        responseUrl: harness.slack.responseUrl('s'),
      }),
    );
    await harness.slack.waitFor('response_url', (call) => call.args.id === 's');
    const announcement = await harness.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
    const hackfestId = elementValue(announcement.args, ACTIONS.signUp) ?? '';

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
    expect(acks.map((ack) => [ack.status, ack.body || null])).toEqual(Array(PEOPLE).fill([200, null]));

    await harness.launch();
    const database = new DatabaseSync(join(harness.cwd, 'data', 'hackfest.db'));
    const owners = () =>
      database.prepare('select owner_id, count(*) as demos from demos group by owner_id').all() as Array<{
        demos: number;
      }>;
    const made = await eventually(owners, (rows) => rows.length === PEOPLE, 60_000);
    database.close();
    expect(made).toHaveLength(PEOPLE);
    expect(made.every((row) => row.demos === 1)).toBe(true);
  });
});
