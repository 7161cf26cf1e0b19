import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CALLBACKS } from '../../src/slack/ids.ts';
import { useAppProcesses } from '../support/appProcesses.ts';
import { engines } from '../support/databases.ts';
import { postToApp, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues, signedUpView } from '../support/forms.ts';
import { SIGNING_SECRET } from '../support/testApp.ts';

const postgres = engines.find((engine) => engine.name === 'postgres');
const PEOPLE = 60;
const SLOTS = 8;

describe('two replicas behind one load balancer', () => {
  const harness = useAppProcesses('replicas');

  it.skipIf(!postgres)(
    'when 60 people sign up at once through either replica, then each is kept once, 8 present and 52 wait',
    { timeout: 60_000 },
    async () => {
      if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
      const { database, drop } = await postgres.create();
      if (database.engine !== 'postgres') throw new Error('expected PostgreSQL');
      try {
        const replicas = await Promise.all(
          [1, 2].map(async () => (await harness.launch({ DATABASE_URL: database.url })).events),
        );
        const send = (index: number, kind: 'command' | 'interactive', payload: object) =>
          postToApp(replicas[index % 2] ?? '', SIGNING_SECRET, kind, payload);
        const hackfestId = await harness.schedule(replicas[0] ?? '', 'Replica Test', `slots ${SLOTS}`);

        const answers = await Promise.all(
          Array.from({ length: PEOPLE }, (_, index) =>
            send(
              index,
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

        expect(answers.map((answer) => answer.status)).toEqual(Array(PEOPLE).fill(200));
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query('select owner_id, count(*)::int as demos from demos group by owner_id');
        await client.end();
        expect(rows).toHaveLength(PEOPLE);
        expect(rows.every((row) => row.demos === 1)).toBe(true);
        const places = answers.map((answer) => signedUpView(answer) ?? '');
        expect(places.filter((text) => text.includes('in the line-up'))).toHaveLength(SLOTS);
        expect(places.filter((text) => text.includes('on the waitlist'))).toHaveLength(PEOPLE - SLOTS);
        await harness.slack.waitFor(
          'chat.update',
          (call) => JSON.stringify(call.args).includes(`Waitlist* (${PEOPLE - SLOTS})`),
          20_000,
        );
      } finally {
        await harness.killAll();
        await drop();
      }
    },
  );
});
