import { afterEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import type { ApiCall, FailureRule } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, signedUpView } from '../support/forms.ts';
import type { Acked } from '../support/testApp.ts';
import { type Mode, startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const START = Date.parse('2026-12-11T13:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const ORGANIZER = 'U111';
const textOf = (value: unknown) => JSON.stringify(value);

/** The methods that put something in front of people: each fails on every third call. */
const FLAKY_METHODS = [
  'chat.postMessage',
  'chat.update',
  'chat.postEphemeral',
  'conversations.history',
  'views.open',
  'views.update',
];
/** Every third call fails, in turns: HTTP 429 with Retry-After: 1, then HTTP 503. */
const everyThirdCall: FailureRule = (nth) =>
  nth % 3 !== 0 ? undefined : (nth / 3) % 2 === 1 ? { retryAfterSec: 1 } : { status: 503 };

const PEOPLE = ['U201', 'U202', 'U203', 'U204', 'U205', 'U206'];
const titleOf = (userId: string) => `Demo of ${userId}`;

/** The app answered the request itself: an ack (HTTP 200 in HTTP mode), and no inline error. */
function expectAcked(acked: Acked): void {
  expect(acked.status ?? 200).toBe(200);
  expect(acked.body ?? {}).not.toHaveProperty('response_action');
}

describe('when Slack rate-limits or fails every third call', () => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;

  /** The first call to `method` matching `predicate` that Slack carried out (not one answered with a failure). */
  const delivered = (method: string, predicate: (call: ApiCall) => boolean, timeoutMs?: number) =>
    app.slack.waitFor(method, (call) => !call.failed && predicate(call), timeoutMs);
  /**
   * Moves the clock to `instant`, then two more minutes in 5 s steps: due work that failed runs again after its
   * backoff (5 s, doubling), as it would while that time passes.
   */
  const advanceTo = async (instant: number) => {
    time.advance(instant - time.now());
    await app.idle();
    for (let step = 0; step < 24; step++) {
      time.advance(5_000);
      await app.idle();
    }
  };
  /** Schedules the hackfest with the command and returns what the organizer was answered. */
  async function schedule(slots: number): Promise<string> {
    const scheduled = await app.command(`schedule "Winter Hackfest" 2026-12-11 14:00 3h slots ${slots}`, {
      userId: ORGANIZER,
    });
    expectAcked(scheduled);
    const answer = textOf(await scheduled.reply());
    hackfestId = elementValue(app.slack.messagesIn('C111'), ACTIONS.signUp) ?? '';
    return answer;
  }
  const signUp = (userId: string) =>
    app.submit({
      callbackId: CALLBACKS.signUp,
      userId,
      privateMetadata: hackfestId,
      values: demoFormValues({ title: titleOf(userId) }),
    });

  async function startFlaky(mode: Mode): Promise<void> {
    time = new FakeTime(NOW);
    app = await startTestApp(mode, { time });
    for (const method of FLAKY_METHODS) app.slack.failSome(method, everyThirdCall);
  }
  afterEach(async () => {
    expect(app.slack.calls.filter((call) => call.failed)).not.toEqual([]);
    expectWellBehaved(app);
    await app.stop();
  });

  it.each<Mode>(['socket', 'http'])(
    'when six people open the sign-up form and sign up for four slots and one withdraws (%s mode), then each gets the form and their place, and the board shows everyone once',
    async (mode) => {
      await startFlaky(mode);
      expect(await schedule(4)).toContain('Winter Hackfest');

      for (const [index, userId] of PEOPLE.entries()) {
        const triggerId = `t-${index}`;
        expectAcked(
          await app.click({ actionId: ACTIONS.signUp, value: hackfestId, userId, messageTs: '1.1', triggerId }),
        );
        await delivered('views.open', (call) => call.args.trigger_id === triggerId);
        expect(signedUpView(await signUp(userId))).toMatch(/in the line-up|on the waitlist/);
      }
      const withdrawn = await app.click({
        actionId: ACTIONS.withdraw,
        value: hackfestId,
        userId: 'U201',
        messageTs: '1.1',
      });

      expect(textOf(await withdrawn.reply())).toContain('withdrawn');
      const board = await delivered(
        'chat.update',
        (call) => textOf(call.args).includes('4/4 slots taken') && !textOf(call.args).includes(titleOf('U201')),
        15_000,
      );
      for (const userId of PEOPLE.slice(1)) expect(textOf(board.args)).toContain(titleOf(userId));
      expect(textOf(board.args)).toContain('Waitlist* (1)');
      const channel = app.slack.messagesIn('C111');
      expect(channel).toHaveLength(1);
      expect(textOf(channel[0])).toContain(titleOf('U206'));
      const promoted = await delivered('chat.postMessage', (call) => call.args.channel === 'U205');
      expect(textOf(promoted.args)).toContain('in the line-up');
      expect(app.slack.messagesIn('U205')).toHaveLength(1);
    },
  );

  it('when every reminder and the gong fall due, then each is posted once, in spite of the failures', {
    timeout: 60_000,
  }, async () => {
    await startFlaky('socket');
    await schedule(8);
    for (const userId of PEOPLE.slice(0, 2)) expect(signedUpView(await signUp(userId))).toContain('in the line-up');

    for (const instant of [START - 7 * DAY, START - DAY, START - HOUR, START - HOUR / 2, START])
      await advanceTo(instant);
    expectAcked(await app.command('start', { userId: ORGANIZER }));
    await delivered('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
    await advanceTo(START + 4 * MIN);
    await advanceTo(START + 5 * MIN);
    await advanceTo(START + 15 * MIN);
    await delivered('chat.update', (call) => textOf(call.args).includes('Hackfest* is on'));

    const shown = app.slack.messagesIn('C111').map((message) => textOf(message));
    const once = (phrase: string) =>
      expect(
        shown.filter((text) => text.includes(phrase)),
        phrase,
      ).toHaveLength(1);
    // The start reminder says the show is on once it has started; sign-ups close at the start, so the day-before
    // reminder goes out alone.
    for (const phrase of ['a week away', 'is tomorrow', 'starts in an hour', 'Hackfest* is on']) once(phrase);
    for (const phrase of ['Now presenting', 'One minute left', 'GONG!']) once(phrase);
    expect(app.slack.messagesIn('U201').filter((message) => textOf(message).includes('as number 1'))).toHaveLength(1);
  });
});
