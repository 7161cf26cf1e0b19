import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { startAppProcess } from '../support/appProcess.ts';
import { elementValue } from '../support/blocks.ts';
import { engines, type TestDatabase } from '../support/databases.ts';
import { inTwoDays } from '../support/dates.ts';
import {
  type AppRequestKind,
  blockAction,
  type FakeSlack,
  postToApp,
  slashCommand,
  startFakeSlack,
  viewSubmission,
} from '../support/fakeSlack/index.ts';
import { demoFormValues } from '../support/forms.ts';
import { freePort } from '../support/freePort.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

const DATABASE_PASSWORD = 'Db-Passw0rd-never-logged';
const postgres = engines.find((engine) => engine.name === 'postgres');

/** DATABASE_URL for the process: PostgreSQL with a password in it when the suite has PostgreSQL, else none. */
async function databaseWithPassword(): Promise<{ env: Record<string, string>; database?: TestDatabase }> {
  if (!postgres) return { env: {} };
  const database = await postgres.create();
  if (database.database.engine !== 'postgres') throw new Error('expected PostgreSQL');
  const url = new URL(database.database.url);
  url.password = DATABASE_PASSWORD;
  return { env: { DATABASE_URL: url.toString() }, database };
}

describe('the logs of a real process', () => {
  let slack: FakeSlack;
  let cwd: string;

  beforeEach(async () => {
    slack = await startFakeSlack();
    cwd = mkdtempSync(join(tmpdir(), 'hackfest-logs-'));
  });
  afterEach(async () => {
    await slack.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('when a session of commands, clicks, forms and failures runs at debug level, then no log line holds a token, the signing secret or the database password', async () => {
    const { env, database } = await databaseWithPassword();
    const port = await freePort();
    const app = startAppProcess(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: String(port),
        SLACK_API_URL: slack.apiUrl,
        LOG_LEVEL: 'debug',
        ...env,
      },
      cwd,
    );
    const send = (kind: AppRequestKind, payload: object, secret = SIGNING_SECRET) =>
      postToApp(`http://127.0.0.1:${port}/slack/events`, secret, kind, payload);
    try {
      await app.line(/hackfest is ready/);
      await send('command', slashCommand({ text: 'schedule', responseUrl: slack.responseUrl('form') }));
      await send(
        'command',
        slashCommand({
          text: `schedule "Winter Hackfest" ${inTwoDays()} 14:00 3h`,
          responseUrl: slack.responseUrl('s'),
        }),
      );
      await slack.waitFor('response_url', (call) => call.args.id === 's');
      const announcement = await slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
      const hackfestId = elementValue(announcement.args, ACTIONS.signUp) ?? '';
      await send(
        'interactive',
        blockAction({
          actionId: ACTIONS.signUp,
          value: hackfestId,
          messageTs: '1.1',
          responseUrl: slack.responseUrl('c'),
        }),
      );
      slack.failNext('chat.update', { status: 500 });
      await send(
        'interactive',
        viewSubmission({
          callbackId: CALLBACKS.signUp,
          userId: 'U201',
          privateMetadata: hackfestId,
          values: demoFormValues({ title: 'Pizza bot' }),
        }),
      );
      await slack.waitFor('chat.update', (call) => !call.failed && JSON.stringify(call.args).includes('Pizza bot'));
      const forged = await send('command', slashCommand({ text: 'help', responseUrl: 'http://127.0.0.1:9/' }), 'x');
      expect(forged.status).toBe(401);
    } finally {
      app.kill('SIGTERM');
      expect(await app.exit()).toBe(0);
      await database?.drop();
    }

    const logged = `${app.output()}${app.stderr()}`;
    expect(logged).toContain('"level":20');
    for (const secret of [BOT_TOKEN, SIGNING_SECRET, DATABASE_PASSWORD]) expect(logged).not.toContain(secret);
  });
});
