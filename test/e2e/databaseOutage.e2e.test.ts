import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppProcess, startAppProcess } from '../support/appProcess.ts';
import { engines, type TestDatabase } from '../support/databases.ts';
import { inTwoDays } from '../support/dates.ts';
import { eventually } from '../support/eventually.ts';
import { type FakeSlack, postToApp, slashCommand, startFakeSlack } from '../support/fakeSlack/index.ts';
import { freePort } from '../support/freePort.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcpProxy.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

const ORGANIZER = 'U111';
/** Where slashCommand() types by default. */
const CHANNEL = 'C111';
const postgres = engines.find((engine) => engine.name === 'postgres');
const DATABASE_DOWN = /can't reach my database.*try again in a minute/s;

/** A date two days from now, as the organizer types it. */

describe.skipIf(!postgres)('when PostgreSQL is briefly unavailable to a real process', () => {
  let slack: FakeSlack;
  let cwd: string;
  let database: TestDatabase;
  let proxy: TcpProxy;
  let app: AppProcess;
  let baseUrl: string;

  beforeEach(async () => {
    if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
    slack = await startFakeSlack();
    cwd = mkdtempSync(join(tmpdir(), 'hackfest-outage-'));
    database = await postgres.create();
    if (database.database.engine !== 'postgres') throw new Error('expected PostgreSQL');
    const direct = new URL(database.database.url);
    proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    const proxied = new URL(direct);
    proxied.host = `127.0.0.1:${proxy.port}`;
    const port = await freePort();
    app = startAppProcess(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        PORT: String(port),
        DATABASE_URL: proxied.toString(),
        SLACK_API_URL: slack.apiUrl,
      },
      cwd,
    );
    baseUrl = `http://127.0.0.1:${port}`;
    await app.line(/hackfest is ready/);
  });
  afterEach(async () => {
    app.kill('SIGKILL');
    await app.exit();
    await proxy.close();
    await database.drop();
    await slack.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  const health = async () => (await fetch(`${baseUrl}/healthz`)).status;
  /** Types `/hackfest <text>`; returns the HTTP status of the ack and what came back through the response_url. */
  async function command(text: string, responseId: string) {
    const acked = await postToApp(
      `${baseUrl}/slack/events`,
      SIGNING_SECRET,
      'command',
      slashCommand({ text, userId: ORGANIZER, responseUrl: slack.responseUrl(responseId) }),
    );
    const answer = await slack.waitFor('response_url', (call) => call.args.id === responseId);
    return { status: acked.status, answer: answer.args };
  }
  const answersTo = (responseId: string) => slack.callsTo('response_url').filter((call) => call.args.id === responseId);

  it('then /healthz is 503, people are told to try again in a minute, and once it is back everything works without a restart', async () => {
    let exited = false;
    void app.exit().then(() => {
      exited = true;
    });
    expect(await health()).toBe(200);
    const before = await command('list', 'before');
    expect(before.status).toBe(200);
    expect(before.answer).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(before.answer)).not.toMatch(DATABASE_DOWN);

    await proxy.cut();
    expect(await eventually(health, (status) => status === 503)).toBe(503);
    const list = await command('list', 'down-list');
    const schedule = await command(`schedule "Outage Hackfest" ${inTwoDays()} 14:00 3h`, 'down-schedule');

    for (const { status, answer } of [list, schedule]) {
      expect(status).toBe(200);
      expect(answer).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(DATABASE_DOWN) });
    }
    // The announcement goes out before the hackfest is saved, and is taken back when saving fails.
    expect(slack.messagesIn(CHANNEL)).toEqual([]);
    expect(slack.callsTo('chat.postEphemeral')).toEqual([]);
    expect(slack.callsTo('chat.postMessage').filter((call) => call.args.channel !== CHANNEL)).toEqual([]);

    await proxy.restore();
    expect(await eventually(health, (status) => status === 200)).toBe(200);
    const scheduled = await command(`schedule "Outage Hackfest" ${inTwoDays()} 14:00 3h`, 'up-schedule');
    const after = await command('list', 'after');

    expect(JSON.stringify(scheduled.answer)).toContain('is on the calendar');
    expect(JSON.stringify(after.answer)).toContain('Outage Hackfest');
    expect(answersTo('down-list')).toHaveLength(1);
    expect(answersTo('down-schedule')).toHaveLength(1);
    expect(exited).toBe(false);
    const failed = app
      .output()
      .split('\n')
      .filter((line) => line.includes('a request failed'))
      .map((line) => JSON.parse(line));
    expect(failed).toEqual([
      expect.objectContaining({ level: 50, failure: 'database unavailable', err: expect.any(Object) }),
      expect.objectContaining({ level: 50, failure: 'database unavailable', err: expect.any(Object) }),
    ]);
  });
});
