import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from '../../src/domain/hackfest.ts';
import { RECURRENCE_CHOICES } from '../../src/domain/recurrence.ts';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { engines } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';
import {
  demoFormValues,
  rescheduleFormValues,
  scheduleFormValues,
  scopeValue,
  signedUpView,
} from '../support/forms.ts';
import { CHANNEL, type FuzzedApp, ORGANIZER, PRESENTER, STRANGER, startFuzzedApp } from '../support/fuzzedApp.ts';
import { hostileText, someId } from '../support/hostileText.ts';
import type { Acked } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const RUNS = 30;
const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 24 * 3_600_000;

/** A time from a datetimepicker: sensible, past, or absurd (Slack sends seconds; these are milliseconds). */
const instant = fc.oneof(
  fc.constantFrom(NOW + 18 * DAY, NOW + 400 * DAY, NOW - DAY, 0, -1e15, 8.64e15, 1e17),
  fc.integer({ min: NOW - 1_000 * DAY, max: NOW + 1_000 * DAY }),
);
/** A field's text: what a person would type, or hostile text. */
const typed = (...sensible: string[]) => fc.oneof(fc.constantFrom(...sensible), hostileText);
const people = fc.array(someId('U301', 'U302', ORGANIZER), { maxLength: 3 });
const inlineErrors = (acked: Acked) =>
  typeof acked.body === 'object' && acked.body !== null && 'response_action' in acked.body;

describe.each(engines)('hostile form submissions on $name', (engine) => {
  let fuzz: FuzzedApp;

  /** A modal was submitted: refused inline, or acked and followed by a word to `userId`, which says whether it worked. */
  async function outcomeOf(acked: Acked, since: number, userId: string, worked: RegExp) {
    if (inlineErrors(acked)) return { accepted: false };
    const said = await fuzz.app.slack.waitForCall(
      (call) =>
        !call.failed &&
        fuzz.app.slack.calls.indexOf(call) >= since &&
        ((call.method === 'chat.postEphemeral' && call.args.user === userId) ||
          (call.method === 'chat.postMessage' && call.args.channel === userId)),
    );
    return { accepted: worked.test(String(said.args.text)) };
  }
  /** The line-up modal was redrawn, with the change or with why it was refused, since `since`. */
  const redrawnModal = (since: { calls: number }) =>
    fuzz.app.slack.calls.slice(since.calls).some((call) => call.method === 'views.update');
  /** The announcement is redrawn after an accepted change: let that land before the next input. */
  const redrawn = (since: number) => fuzz.deliveredAfter(since, 'chat.update', (call) => call.args.channel === CHANNEL);

  beforeEach(async () => {
    fuzz = await startFuzzedApp(engine);
  });
  afterEach(async () => {
    expectWellBehaved(fuzz.app);
    await fuzz.stop();
  });

  it('when the schedule form is submitted with hostile values, then it is refused inline or by a word, or scheduled', async () => {
    const form = fc.record({
      title: typed('Winter Hackfest'),
      startsAt: instant,
      length: typed('3h'),
      slots: typed('8', '0', '-1', '1000'),
      demo: typed('5m'),
      deadline: fc.option(instant),
      channelId: fc.option(someId(CHANNEL, 'C222')),
      recurrence: typed(...RECURRENCE_CHOICES),
      everyNWeeks: fc.option(typed('2')),
      customRule: fc.option(typed('FREQ=WEEKLY')),
      coOrganizers: people,
      description: fc.option(hostileText),
      reminders: fc.option(fc.array(typed(...REMINDER_KINDS), { maxLength: 3 }), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(form, (values) =>
        fuzz.check(async () => {
          const since = fuzz.app.slack.calls.length;
          const acked = await fuzz.app.submit({
            callbackId: CALLBACKS.schedule,
            userId: ORGANIZER,
            values: scheduleFormValues(values),
          });
          return outcomeOf(acked, since, ORGANIZER, /is on the calendar/);
        }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('when the reschedule form is submitted with hostile values and ids, then only an organizer moves a real hackfest', async () => {
    await fc.assert(
      fc.asyncProperty(
        instant,
        typed('one', 'following'),
        someId(fuzz.hackfestId),
        fc.constantFrom(ORGANIZER, STRANGER),
        (startsAt, scope, hackfestId, userId) =>
          fuzz.check(async () => {
            const since = fuzz.app.slack.calls.length;
            const acked = await fuzz.app.submit({
              callbackId: CALLBACKS.reschedule,
              userId,
              privateMetadata: hackfestId,
              values: { ...rescheduleFormValues(startsAt), ...scopeValue(scope as 'one') },
            });
            const outcome = await outcomeOf(acked, since, userId, /^:white_check_mark:/);
            if (outcome.accepted) await redrawn(since);
            return outcome;
          }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it("when the adjust-the-series form is submitted with hostile values and ids, then it is refused inline or by a word, and never a stranger's", async () => {
    const form = fc.record({
      startsAt: instant,
      length: typed('2h'),
      slots: typed('8', '0'),
      demo: typed('5m'),
      recurrence: typed(...RECURRENCE_CHOICES),
      customRule: fc.option(typed('FREQ=WEEKLY')),
      description: fc.option(hostileText),
    });
    await fc.assert(
      fc.asyncProperty(
        form,
        fc.oneof(fc.constant(fuzz.seriesDateId), someId(fuzz.hackfestId)),
        fc.constantFrom(ORGANIZER, STRANGER),
        (values, hackfestId, userId) =>
          fuzz.check(async () => {
            const since = fuzz.app.slack.calls.length;
            const acked = await fuzz.app.submit({
              callbackId: CALLBACKS.adjustSeries,
              userId,
              privateMetadata: hackfestId,
              values: scheduleFormValues({ ...values, channelId: null }),
            });
            const outcome = await outcomeOf(acked, since, userId, /now repeats/);
            if (userId === STRANGER) expect(outcome.accepted).toBe(false);
            return outcome;
          }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('when the sign-up or edit form is submitted with hostile values and ids, then it is refused inline or by a word, or saved', async () => {
    const demo = fc.record({
      title: typed('Pizza bot'),
      description: hostileText,
      team: people,
      length: typed('5m', '0s', '6m'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(CALLBACKS.signUp, CALLBACKS.editDemo),
        demo,
        someId(fuzz.hackfestId),
        fc.constantFrom(PRESENTER, STRANGER, 'U301'),
        (callbackId, values, hackfestId, userId) =>
          fuzz.check(async () => {
            const since = fuzz.app.slack.calls.length;
            const acked = await fuzz.app.submit({
              callbackId,
              userId,
              privateMetadata: hackfestId,
              values: demoFormValues(values),
            });
            // A sign-up that was made turns the form into its confirmation; an edit that was saved closes it.
            const outcome = {
              accepted: callbackId === CALLBACKS.editDemo ? !inlineErrors(acked) : signedUpView(acked) !== undefined,
            };
            // The presenter's "Pizza bot" is signed up already: signing it up again is answered with it, and
            // changes nothing to redraw.
            const again = callbackId === CALLBACKS.signUp && userId === PRESENTER && values.title === 'Pizza bot';
            if (outcome.accepted && !again) await redrawn(since);
            return outcome;
          }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });

  it('when the "Manage line-up" modal gets hostile moves or ids, or a stranger uses it, then nothing changes', async () => {
    const click = fc.oneof(
      fc.record({
        actionId: fc.constant(ACTIONS.moveDemo),
        selectedOption: fc.tuple(typed('up', 'down', 'end'), hostileText).map(([move, id]) => `${move}:${id}`),
        hackfestId: someId(fuzz.hackfestId),
        userId: fc.constantFrom(ORGANIZER, STRANGER),
      }),
      fc.record({
        actionId: fc.constant(ACTIONS.removeWaiting),
        value: hostileText,
        hackfestId: someId(fuzz.hackfestId),
        userId: fc.constantFrom(ORGANIZER, STRANGER),
      }),
      fc.record({
        actionId: fc.constantFrom(ACTIONS.shuffleLineup, ACTIONS.toggleSignups, ACTIONS.toggleOneDemoEach),
        value: fc
          .tuple(typed('open', 'close', 'one', 'several'), someId(fuzz.hackfestId))
          .map(([word, id]) => `${word}:${id}`),
        hackfestId: someId(fuzz.hackfestId),
        userId: fc.constant(STRANGER),
      }),
    );
    await fc.assert(
      fc.asyncProperty(click, ({ hackfestId, ...input }) =>
        fuzz.check(async () => {
          const since = { calls: fuzz.app.slack.calls.length };
          await fuzz.app.click({ ...input, view: { id: 'V-lineup', type: 'modal', private_metadata: hackfestId } });
          // A well-formed change is handled after the ack, in the modal: refused (the modal says why), or, for a demo
          // that is not there, a move of nothing that redraws the modal. Wait for it before comparing.
          if (!('selectedOption' in input) || /^(up|down|end):/.test(input.selectedOption))
            expect(await eventually(() => redrawnModal(since), Boolean, 5_000)).toBe(true);
          return { accepted: false };
        }),
      ),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
