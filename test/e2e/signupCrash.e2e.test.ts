import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { type AppProcess, startAppProcess } from '../support/appProcess.ts';
import { elementValue } from '../support/blocks.ts';
import { eventually } from '../support/eventually.ts';
import { type FakeSlack, postToApp, slashCommand, startFakeSlack, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues } from '../support/forms.ts';
import { freePort } from '../support/freePort.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

const PEOPLE = 40;
const inTwoDays = () => new Date(Date.now() + 2 * 24 * 3_600_000).toISOString().slice(0, 10);

describe('acknowledged sign-ups and a crash', () => {
  let slack: FakeSlack;
  let cwd: string;
  const running: AppProcess[] = [];

  async function launch() {
    const port = await freePort();
    const app = startAppProcess(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: String(port),
        SLACK_API_URL: slack.apiUrl,
      },
      cwd,
    );
    running.push(app);
    await app.line(/hackfest is ready/);
    return { app, events: `http://127.0.0.1:${port}/slack/events` };
  }

  beforeEach(async () => {
    slack = await startFakeSlack();
    cwd = mkdtempSync(join(tmpdir(), 'hackfest-signup-crash-'));
  });
  afterEach(async () => {
    for (const app of running.splice(0)) {
      app.kill('SIGKILL');
      await app.exit();
    }
    await slack.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('when the process is killed right after acknowledging 40 sign-ups, then after a restart every one is made, once', {
    timeout: 90_000,
  }, async () => {
    const first = await launch();
    await postToApp(
      first.events,
      SIGNING_SECRET,
      'command',
      slashCommand({
        text: `schedule "Crash Test" ${inTwoDays()} 14:00 3h slots 8`,
        userId: 'U111',
        responseUrl: slack.responseUrl('s'),
      }),
    );
    await slack.waitFor('response_url', (call) => call.args.id === 's');
    const announcement = await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
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

    await launch();
    const database = new DatabaseSync(join(cwd, 'data', 'hackfest.db'));
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
