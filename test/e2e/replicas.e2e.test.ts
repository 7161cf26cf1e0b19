import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { type AppProcess, startAppProcess } from '../support/appProcess.ts';
import { elementValue } from '../support/blocks.ts';
import { engines } from '../support/databases.ts';
import { type FakeSlack, postToApp, slashCommand, startFakeSlack, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues } from '../support/forms.ts';
import { freePort } from '../support/freePort.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

const postgres = engines.find((engine) => engine.name === 'postgres');
const PEOPLE = 60;
const SLOTS = 8;
const inTwoDays = () => new Date(Date.now() + 2 * 24 * 3_600_000).toISOString().slice(0, 10);

describe('two replicas behind one load balancer', () => {
  let slack: FakeSlack;
  let cwd: string;
  const running: AppProcess[] = [];

  async function launch(databaseUrl: string) {
    const port = await freePort();
    const app = startAppProcess(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: String(port),
        SLACK_API_URL: slack.apiUrl,
        DATABASE_URL: databaseUrl,
      },
      cwd,
    );
    running.push(app);
    await app.line(/hackfest is ready/);
    return `http://127.0.0.1:${port}/slack/events`;
  }

  beforeEach(async () => {
    slack = await startFakeSlack();
    cwd = mkdtempSync(join(tmpdir(), 'hackfest-replicas-'));
  });
  afterEach(async () => {
    for (const app of running.splice(0)) {
      app.kill('SIGKILL');
      await app.exit();
    }
    await slack.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it.skipIf(!postgres)(
    'when 60 people sign up at once through either replica, then each is kept once, 8 present and 52 wait',
    { timeout: 60_000 },
    async () => {
      if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
      const { database, drop } = await postgres.create();
      if (database.engine !== 'postgres') throw new Error('expected PostgreSQL');
      try {
        const replicas = [await launch(database.url), await launch(database.url)];
        const send = (index: number, kind: 'command' | 'interactive', payload: object) =>
          postToApp(replicas[index % 2] ?? '', SIGNING_SECRET, kind, payload);
        await send(
          0,
          'command',
          slashCommand({
            text: `schedule "Replica Test" ${inTwoDays()} 14:00 3h slots ${SLOTS}`,
            userId: 'U111',
            responseUrl: slack.responseUrl('s'),
          }),
        );
        await slack.waitFor('response_url', (call) => call.args.id === 's');
        const announcement = await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
        const hackfestId = elementValue(announcement.args, ACTIONS.signUp) ?? '';

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
        expect(answers.filter((answer) => answer.body)).toEqual([]);
        for (let index = 0; index < PEOPLE; index++)
          await slack.waitFor('chat.postEphemeral', (call) => call.args.user === `U${1000 + index}`, 20_000);
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        const { rows } = await client.query('select owner_id, count(*)::int as demos from demos group by owner_id');
        await client.end();
        expect(rows).toHaveLength(PEOPLE);
        expect(rows.every((row) => row.demos === 1)).toBe(true);
        const places = slack
          .callsTo('chat.postEphemeral')
          .map((call) => JSON.stringify(call.args))
          .filter((text) => text.includes('Replica Test'));
        expect(places.filter((text) => text.includes('in the line-up'))).toHaveLength(SLOTS);
        expect(places.filter((text) => text.includes('on the waitlist'))).toHaveLength(PEOPLE - SLOTS);
        await slack.waitFor(
          'chat.update',
          (call) => JSON.stringify(call.args).includes(`Waitlist* (${PEOPLE - SLOTS})`),
          20_000,
        );
      } finally {
        for (const app of running.splice(0)) {
          app.kill('SIGKILL');
          await app.exit();
        }
        await drop();
      }
    },
  );
});
