import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { useAppProcesses } from '../support/appProcesses.ts';
import { engines } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';
import { blockAction, postToApp, viewSubmission } from '../support/fakeSlack/index.ts';
import { demoFormValues, signedUpView } from '../support/forms.ts';
import { SIGNING_SECRET } from '../support/testApp.ts';

const ORGANIZER = 'U111';
const postgres = engines.find((engine) => engine.name === 'postgres');

describe('the gong of a real process', () => {
  const harness = useAppProcesses('gong');
  const { launch } = harness;

  /** Schedules a hackfest, signs up one 3-second demo and starts the show through `events`; the gong is 3 s away. */
  async function startShowWithShortDemo(events: string) {
    const send = (kind: 'command' | 'interactive', payload: object) => postToApp(events, SIGNING_SECRET, kind, payload);
    const hackfestId = await harness.schedule(events, 'Gong Test');
    const signedUp = await send(
      'interactive',
      viewSubmission({
        callbackId: CALLBACKS.signUp,
        userId: 'U201',
        privateMetadata: hackfestId,
        values: demoFormValues({ title: 'Quick demo', length: '3s' }),
      }),
    );
    expect(signedUpView(signedUp)).toContain('number 1 in the line-up');
    // Two days early: the organizer confirms the start, as the app asks.
    await send(
      'interactive',
      blockAction({
        actionId: ACTIONS.startShowEarly,
        value: hackfestId,
        userId: ORGANIZER,
        channelId: 'C111',
        messageTs: '1.1',
        responseUrl: harness.slack.responseUrl('start'),
      }),
    );
    await harness.slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args).includes('Now presenting'));
    return hackfestId;
  }

  const gongs = () =>
    harness.slack.callsTo('chat.postMessage').filter((call) => JSON.stringify(call.args).includes('GONG!'));

  it('when the process is killed mid-demo and restarted, then the gong still rings, exactly once', async () => {
    const first = await launch();
    await startShowWithShortDemo(first.events);

    first.app.kill('SIGKILL');
    await first.app.exit();
    await launch();
    await harness.slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args).includes('GONG!'), 20_000);

    const database = new DatabaseSync(join(harness.cwd, 'data', 'hackfest.db'));
    const gongJobs = () => database.prepare("select attempts, done_at from due_jobs where kind = 'show-gong'").all();
    const jobs = await eventually(gongJobs, (rows) => rows.every((row) => row.done_at !== null));
    database.close();
    expect(jobs).toEqual([{ attempts: 1, done_at: expect.any(Number) }]);
    expect(gongs()).toHaveLength(1);
  });

  it.skipIf(!postgres)('when two processes share PostgreSQL, then the gong rings exactly once', async () => {
    if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
    const { database, drop } = await postgres.create();
    if (database.engine !== 'postgres') throw new Error('expected PostgreSQL');
    try {
      const one = await launch({ DATABASE_URL: database.url });
      await launch({ DATABASE_URL: database.url });
      await startShowWithShortDemo(one.events);

      await harness.slack.waitFor('chat.postMessage', (call) => JSON.stringify(call.args).includes('GONG!'), 20_000);

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const gongJobs = async () =>
        (await client.query("select attempts, done_at from due_jobs where kind = 'show-gong'")).rows;
      const rows = await eventually(gongJobs, (found) => found.every((row) => row.done_at !== null));
      await client.end();
      expect(rows).toEqual([{ attempts: 1, done_at: expect.anything() }]);
      expect(gongs()).toHaveLength(1);
    } finally {
      await harness.killAll();
      await drop();
    }
  });
});
