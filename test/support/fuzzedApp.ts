import { expect } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue, markupOf } from './blocks.ts';
import { type DatabaseReader, readDatabase } from './databaseSnapshot.ts';
import type { Engine, TestDatabase } from './databases.ts';
import type { ApiCall } from './fakeSlack/index.ts';
import { FakeTime } from './fakeTime.ts';
import { demoFormValues } from './forms.ts';
import { startTestApp, type TestApp } from './testApp.ts';

export const CHANNEL = 'C111';
/** Where ORGANIZER's weekly series runs, apart from CHANNEL's one-off. */
const SERIES_CHANNEL = 'C333';
export const ORGANIZER = 'U111';
/** Presents "Pizza bot" at the hackfest the fuzzed app starts with. */
export const PRESENTER = 'U201';
export const STRANGER = 'U999';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const BROADCAST = /<!(?:channel|here|everyone)\b/;

/** What one hostile input led to: accepted (the app may have changed things), or not (nothing may change). */
export type Outcome = { accepted: boolean };

export type FuzzedApp = {
  app: TestApp;
  /** The hackfest scheduled in CHANNEL by ORGANIZER, with PRESENTER's demo signed up. */
  hackfestId: string;
  /** The first date of a weekly series ORGANIZER scheduled in another channel. */
  seriesDateId: string;
  /**
   * Runs one input: the app logs no error and never pings the channel; when the input was not accepted, the
   * database and the channel are as they were.
   */
  check(run: () => Promise<Outcome>): Promise<void>;
  /** Types `/hackfest <text>`: the answer must be ephemeral (or a form); accepted when it reports a success. */
  command(text: string, userId: string): Promise<Outcome>;
  /** The first call to `method` Slack carried out after the call numbered `since` (`app.slack.calls.length`). */
  deliveredAfter(since: number, method: string, predicate?: (call: ApiCall) => boolean): Promise<ApiCall>;
  stop(): Promise<void>;
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The app's JSON log lines at level error (50) or above. */
const errorLines = (app: TestApp) =>
  app.logs.filter((line) => {
    const parsed: unknown = JSON.parse(line);
    return isRecord(parsed) && typeof parsed.level === 'number' && parsed.level >= 50;
  });

/** Starts the app on a fresh database of `engine` with one hackfest and one demo, ready to be fed hostile input. */
export async function startFuzzedApp(engine: Engine): Promise<FuzzedApp> {
  const database: TestDatabase = await engine.create();
  const app = await startTestApp('socket', { database: database.database, time: new FakeTime(NOW) });
  const reader: DatabaseReader = readDatabase(database.database);
  let requests = 0;

  const deliveredAfter = (since: number, method: string, predicate: (call: ApiCall) => boolean = () => true) =>
    app.slack.waitFor(method, (call) => !call.failed && app.slack.calls.indexOf(call) >= since && predicate(call));

  await (await app.command('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8', { userId: ORGANIZER })).reply();
  const hackfestId = elementValue(app.slack.messagesIn(CHANNEL), ACTIONS.signUp) ?? '';
  const since = app.slack.calls.length;
  await app.submit({
    callbackId: CALLBACKS.signUp,
    userId: PRESENTER,
    privateMetadata: hackfestId,
    values: demoFormValues({ title: 'Pizza bot' }),
  });
  await deliveredAfter(since, 'chat.update', (call) => JSON.stringify(call.args).includes('Pizza bot'));
  await app.idle();
  await (
    await app.command('schedule "Hack Friday" 2026-12-18 14:00 3h every week', {
      userId: ORGANIZER,
      channelId: SERIES_CHANNEL,
    })
  ).reply();
  const seriesDateId = elementValue(app.slack.messagesIn(SERIES_CHANNEL), ACTIONS.signUp) ?? '';

  const state = async () => ({ database: await reader.snapshot(), channel: app.slack.messagesIn(CHANNEL) });

  /** What the person saw: the ack's message, the message sent to its response_url, or a form opened. */
  async function answer(text: string, userId: string): Promise<{ message: Record<string, unknown> } | { form: true }> {
    const id = `fuzz-${++requests}`;
    const acked = await app.command(text, { userId, triggerId: id, responseUrl: app.slack.responseUrl(id) });
    if (isRecord(acked.body) && 'text' in acked.body) return { message: acked.body };
    const call = await app.slack.waitForCall(
      (each) =>
        (each.method === 'response_url' && each.args.id === id) ||
        (each.method === 'views.open' && each.args.trigger_id === id),
    );
    return call.method === 'views.open' ? { form: true } : { message: call.args };
  }

  return {
    app,
    hackfestId,
    seriesDateId,
    async check(run) {
      const before = await state();
      const errorsBefore = errorLines(app).length;

      const { accepted } = await run();

      expect(errorLines(app).slice(errorsBefore)).toEqual([]);
      if (!accepted) expect(await state()).toEqual(before);
      expect(
        app.slack
          .messagesIn(CHANNEL)
          .flatMap(markupOf)
          .filter((text) => BROADCAST.test(text)),
      ).toEqual([]);
    },
    async command(text, userId) {
      const seen = await answer(text, userId);
      if ('form' in seen) return { accepted: false };
      expect(seen.message).toMatchObject({ response_type: 'ephemeral', text: expect.any(String) });
      return { accepted: String(seen.message.text).startsWith(':white_check_mark:') };
    },
    deliveredAfter,
    async stop() {
      await app.stop();
      await reader.close();
      await database.drop();
    },
  };
}
