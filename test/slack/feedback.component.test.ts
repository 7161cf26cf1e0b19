import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS, FIELDS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { appHomeOpened } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import {
  demoFormValues,
  type FeedbackFormInput,
  feedbackFormValues,
  rescheduleFormValues,
  scheduleFormValues,
  scopeValue,
} from '../support/forms.ts';
import { type ShowSetUp, showReady } from '../support/showReady.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const START = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORGANIZER = 'U111';
const EMCEE = 'U500';
const textOf = (value: unknown) => JSON.stringify(value);
const seconds = (instant: number) => Math.floor(instant / 1000);

const giveFeedback = (app: TestApp, hackfestId: string, userId: string, input: FeedbackFormInput) =>
  app.submit({
    callbackId: CALLBACKS.feedback,
    userId,
    privateMetadata: hackfestId,
    values: feedbackFormValues(input),
  });

/** The app on a fake clock at NOW, with ORGANIZER's hackfest on 11 December ready to show (see showReady). */
async function appWithShow(demos: ShowSetUp['demos'], more: Pick<ShowSetUp, 'repeats'> = {}) {
  const time = new FakeTime(NOW);
  const app = await startTestApp('socket', { time });
  const hackfestId = await showReady(app, { organizerId: ORGANIZER, slots: 2, demos, emceeId: EMCEE, ...more });
  return { time, app, hackfestId };
}

/** Runs the show through every demo on stage and ends it. */
async function runShow(app: TestApp) {
  for (const control of ['start', 'next', 'end']) await (await app.command(control, { userId: EMCEE })).reply();
  await app.idle();
}

describe('feedback, and the App Home', () => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;
  const demoIds = new Map<string, string>();

  const advance = async (ms: number) => {
    time.advance(ms);
    await app.idle();
  };
  const click = (actionId: string, userId: string) =>
    app.click({ actionId, value: hackfestId, userId, messageTs: '1.1' });
  const posted = (channel: string, contains: string) =>
    app.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === channel && textOf(call.args).includes(contains));
  const give = (userId: string, input: FeedbackFormInput) => giveFeedback(app, hackfestId, userId, input);
  /** The channel's feedback prompt as it reads now. */
  const prompt = () =>
    textOf(
      app.slack.messagesIn('C111').find((message) => textOf(message).includes(`"post_id":"prompt:${hackfestId}"`)),
    );
  const closingDate = () => Number(/Feedback closes <!date\^(\d+)\^/.exec(prompt())?.[1]);
  const runTheShow = () => runShow(app);
  /** The next App Home published for this person. */
  const nextHome = (userId: string) => {
    const before = app.slack.callsTo('views.publish').length;
    return app.slack
      .waitFor(
        'views.publish',
        (call) => call.args.user_id === userId && app.slack.callsTo('views.publish').indexOf(call) >= before,
      )
      .then((call) => textOf(call.args));
  };
  const home = async (userId: string) => {
    const published = nextHome(userId);
    await app.event(appHomeOpened({ userId }));
    return published;
  };

  beforeEach(async () => {
    ({ time, app, hackfestId } = await appWithShow([
      ['U201', 'Pizza bot'],
      ['U202', 'Coffee tracker'],
      ['U203', 'Late idea'],
    ]));
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  async function openFeedbackForm(userId: string) {
    await click(ACTIONS.giveFeedback, userId);
    const opened = await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.feedback));
    for (const option of textOf(opened.args).matchAll(
      /"text":"(Pizza bot|Coffee tracker|Late idea)"[^}]*},"value":"([^"]+)"/g,
    ))
      demoIds.set(option[1] ?? '', option[2] ?? '');
    return textOf(opened.args);
  }

  it('when the show ends, then the channel is asked for feedback, and the form offers the demos presented', async () => {
    await advance(START - NOW);
    await runTheShow();

    const prompt = posted('C111', 'how was it?');
    expect(prompt).toHaveLength(1);
    expect(textOf(prompt[0]?.args)).toContain(ACTIONS.giveFeedback);
    const form = await openFeedbackForm('U300');
    expect(form).toContain('Pizza bot');
    expect(form).toContain('Coffee tracker');
    expect(form).not.toContain('Late idea');
  });

  it('when the end time passes without a show, then feedback opens all the same, once', async () => {
    await advance(START + 3 * HOUR - NOW);
    await advance(HOUR);

    expect(posted('C111', 'how was it?')).toHaveLength(1);
    const reply = await (await app.command('feedback', { userId: 'U300' })).reply().catch(() => undefined);
    expect(reply).toBeUndefined();
    expect(
      (await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.feedback))).args,
    ).toBeDefined();
  });

  it('when several give feedback (one anonymously, one twice) and it closes, then organizers get the summary and the channel a wrap-up', async () => {
    await advance(START - NOW);
    await runTheShow();
    await openFeedbackForm('U301');
    const pizza = demoIds.get('Pizza bot') ?? '';

    const first = await give('U301', { rating: '2', favourite: pizza, lengthLeaning: 'less', comment: 'Too long' });
    expect(first.body ?? {}).not.toHaveProperty('response_action');
    await give('U301', {
      rating: '5',
      favourite: pizza,
      lengthLeaning: 'less',
      lengthChange: 'one day',
      comment: 'Loved it',
    });
    await give('U302', {
      rating: '4',
      favourite: pizza,
      lengthChange: 'One day',
      comment: 'Shorter please',
      anonymous: true,
    });
    await give('U303', { rating: '3', lengthLeaning: 'same' });
    expect(textOf(posted('U301', 'replaces your earlier answer'))).toContain('Winter Hackfest');

    await advance(14 * DAY);

    const summary = textOf(posted(ORGANIZER, 'Feedback on'));
    expect(summary).toContain('3 responses, average *4* of 5');
    expect(summary).toContain('Favourite demos: *Pizza bot* (2)');
    expect(summary).toContain('*Length*: 1 same length, 1 shorter, 2 said: change to “one day”');
    expect(summary).not.toContain('How often');
    expect(summary).toContain('Loved it — <@U301>');
    expect(summary).toContain('Shorter please — _anonymous_');
    expect(summary).not.toContain('Too long');
    expect(summary).not.toContain('<@U302>');
    const chart = app.slack
      .callsTo('files.getUploadURLExternal')
      .filter((call) => call.args.filename === 'ratings.png');
    expect(chart).toHaveLength(1);
    expect(app.slack.uploads.some((upload) => upload.bytes.subarray(1, 4).toString() === 'PNG')).toBe(true);
    const wrapUp = textOf(posted('C111', 'That was'));
    expect(wrapUp).toContain('2 demos presented: *Pizza bot*, *Coffee tracker*');
    expect(wrapUp).toContain('Favourite demo: *Pizza bot* by <@U201> (2 votes)');
    expect(wrapUp).toContain(`emcee <@${EMCEE}>`);
    expect(wrapUp).toContain('presenters <@U201>, <@U202>');
    expect(prompt()).toContain('Feedback on *Winter Hackfest* is closed: 3 people answered.');
    expect(prompt()).not.toContain(ACTIONS.giveFeedback);
    await advance(14 * DAY);
    expect(posted('C111', 'That was')).toHaveLength(1);
  });

  it('when someone gives feedback with the form opened in the channel, by button or command, then they are thanked there, not by DM', async () => {
    await advance(START - NOW);
    await runTheShow();
    const thanksIn = (userId: string) =>
      app.slack.waitFor(
        'chat.postEphemeral',
        (call) => call.args.user === userId && textOf(call.args).includes('Thank you'),
      );
    /** The private_metadata of the next form opened. */
    const nextForm = async (opening: Promise<unknown>) => {
      const before = app.slack.callsTo('views.open').length;
      await opening;
      const opened = await app.slack.waitFor(
        'views.open',
        (call) => app.slack.callsTo('views.open').indexOf(call) >= before,
      );
      return (opened.args as { view: { private_metadata: string } }).view.private_metadata;
    };

    await app.submit({
      callbackId: CALLBACKS.feedback,
      userId: 'U301',
      privateMetadata: await nextForm(click(ACTIONS.giveFeedback, 'U301')),
      values: feedbackFormValues({ rating: '4' }),
    });
    await app.submit({
      callbackId: CALLBACKS.feedback,
      userId: 'U302',
      privateMetadata: await nextForm(app.command('feedback', { userId: 'U302' })),
      values: feedbackFormValues({ rating: '5' }),
    });

    expect((await thanksIn('U301')).args.channel).toBe('C111');
    expect((await thanksIn('U302')).args.channel).toBe('C111');
    expect(posted('U301', 'Thank you')).toEqual([]);
    expect(posted('U302', 'Thank you')).toEqual([]);
  });

  it('when an answer has no rating, then the form says so inline and nothing is saved; once closed, the summary says there were none and answers are refused', async () => {
    await advance(START - NOW);
    await runTheShow();

    const unrated = await give('U301', { rating: null });
    expect(unrated.body).toMatchObject({
      response_action: 'errors',
      errors: { [FIELDS.rating]: expect.stringContaining('1 (poor) to 5') },
    });
    await click(ACTIONS.closeFeedback, ORGANIZER);
    const summary = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === ORGANIZER && textOf(call.args).includes('Feedback on'),
    );
    expect(textOf(summary.args)).toContain('0 responses, no ratings. Closed.');
    const late = await give('U301', { rating: '5' });
    expect(late.body).toMatchObject({
      response_action: 'errors',
      errors: { [FIELDS.rating]: expect.stringContaining('is closed') },
    });
  });

  it('when two demos tie for favourite, then the wrap-up names both, not one of them by chance', async () => {
    await advance(START - NOW);
    await runTheShow();
    await openFeedbackForm('U301');
    await give('U301', { rating: '4', favourite: demoIds.get('Coffee tracker') ?? '' });
    await give('U302', { rating: '4', favourite: demoIds.get('Pizza bot') ?? '' });

    await click(ACTIONS.closeFeedback, ORGANIZER);

    const wrapUp = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'C111' && textOf(call.args).includes('That was'),
    );
    expect(textOf(wrapUp.args)).toContain(
      'Favourite demos, tied at 1 vote each: *Pizza bot* by <@U201>, *Coffee tracker* by <@U202>.',
    );
  });

  it('when one person answered and feedback closes, then the notification of the summary counts "1 response"', async () => {
    await advance(START - NOW);
    await runTheShow();
    await give('U301', { rating: '4' });

    await click(ACTIONS.closeFeedback, ORGANIZER);

    const summary = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === ORGANIZER && textOf(call.args).includes('Feedback on'),
    );
    expect(summary.args.text).toBe('Feedback on Winter Hackfest: 1 response');
  });

  it("when feedback closes, then the ratings chart's alt text reads as counts, not as the text bars", async () => {
    await advance(START - NOW);
    await runTheShow();
    await give('U301', { rating: '5' });
    await give('U302', { rating: '4' });

    await click(ACTIONS.closeFeedback, ORGANIZER);

    const chart = await app.slack.waitFor('files.getUploadURLExternal', (call) => call.args.filename === 'ratings.png');
    expect(chart.args.alt_text).toBe('Ratings: 5 stars: 1, 4 stars: 1, 3 stars: 0, 2 stars: 0, 1 star: 0.');
  });

  it('when the organizer keeps feedback open longer, then the prompt shows the new date; when they close it now, the prompt says it closed, without its button, and a later click says it is already closed', async () => {
    await advance(START - NOW);
    await runTheShow();
    const closes = closingDate();
    expect(prompt()).toContain(ACTIONS.giveFeedback);

    await (await click(ACTIONS.extendFeedback, ORGANIZER)).reply();
    expect(closingDate()).toBe(closes + 7 * seconds(DAY));
    await (await click(ACTIONS.closeFeedback, ORGANIZER)).reply();
    expect(prompt()).toContain('is closed: 0 people answered.');
    expect(prompt()).not.toContain('Feedback closes');
    expect(prompt()).not.toContain(ACTIONS.giveFeedback);

    const again = textOf(await (await click(ACTIONS.extendFeedback, ORGANIZER)).reply());
    expect(again).toContain("is already closed: its summary went to the organizers' DMs. Nothing was changed.");
    expect(again).not.toContain('Thanks all the same');
  });

  it("when a workspace admin closes feedback, then they are told the summary went to the organizers' DMs, where it is", async () => {
    await advance(START - NOW);
    await runTheShow();
    app.slack.setUser('U900', { is_admin: true });

    const reply = textOf(await (await click(ACTIONS.closeFeedback, 'U900')).reply());

    expect(reply).toContain("the summary is in the organizers' DMs");
    expect(posted(ORGANIZER, 'Feedback on')).toHaveLength(1);
    expect(posted('U900', 'Feedback on')).toEqual([]);
  });

  it('when someone else tries to close or extend feedback, then they are refused and nothing changes', async () => {
    await advance(START - NOW);
    await runTheShow();

    expect(textOf(await (await click(ACTIONS.closeFeedback, 'U301')).reply())).toContain('Only the organizers');
    expect(textOf(await (await click(ACTIONS.extendFeedback, ORGANIZER)).reply())).toContain('stays open until');
    await advance(14 * DAY);
    expect(posted('C111', 'That was')).toEqual([]);
    await advance(7 * DAY);
    expect(posted('C111', 'That was')).toHaveLength(1);
  });

  it("when the organizer applies the feedback to the next one, then the schedule form comes with what people asked for and this one's settings", async () => {
    await advance(START - NOW);
    await runTheShow();
    await give('U301', { rating: '4', lengthLeaning: 'less' });
    await give('U302', { rating: '4', lengthLeaning: 'less', frequencyLeaning: 'more' });

    await click(ACTIONS.applyFeedback, ORGANIZER);

    const form = textOf(
      (await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.schedule))).args,
    );
    expect(form).toContain('People asked for: How often: 1 more often · Length: 2 shorter');
    expect(form).toContain('"initial_value":"2h"');
    expect(form).toContain('"initial_value":"Winter Hackfest"');
    // Slots and demo length carry over from this one.
    expect(form).toContain('"initial_value":"2"');
  });

  it('when a co-organizer applies the feedback, then the form keeps the other organizers as co-organizers of the next one', async () => {
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: ORGANIZER,
      values: scheduleFormValues({ title: 'Side Hack', startsAt: START - 7 * DAY, coOrganizers: ['U222', 'U333'] }),
    });
    const announced = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'C111' && textOf(call.args).includes('Side Hack'),
    );
    await advance(START - NOW);

    await app.click({
      actionId: ACTIONS.applyFeedback,
      value: elementValue(announced.args, ACTIONS.signUp) ?? '',
      userId: 'U222',
      messageTs: '1.1',
    });

    const form = await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.schedule));
    expect(textOf(form.args)).toContain(`"initial_users":["${ORGANIZER}","U333"]`);
  });

  it('when people ask for the length as the form suggests it, then applying the feedback makes the next one that long', async () => {
    await advance(START - NOW);
    await runTheShow();
    const form = await openFeedbackForm('U301');
    const suggested = /"block_id":"length_change".*?"placeholder":\{"type":"plain_text","text":"([^"]+)"/.exec(
      form,
    )?.[1];
    await give('U301', { rating: '4', lengthChange: suggested ?? '' });
    await give('U302', { rating: '4', lengthChange: suggested ?? '' });

    await click(ACTIONS.applyFeedback, ORGANIZER);

    const next = textOf(
      (await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.schedule))).args,
    );
    expect(next).toContain('Length: 2 longer (“1 day” ×2)');
    expect(next).toContain('"initial_value":"1 day"');
  });
  it('when an organizer, a presenter, a waitlisted person and a newcomer open the Home tab, then each sees their own', async () => {
    const organizer = await home(ORGANIZER);
    expect(organizer).toContain('you: organizer');
    expect(organizer).toContain(ACTIONS.manageLineup);
    expect(organizer).toContain('Reminders: a week before');
    const presenter = await home('U202');
    expect(presenter).toContain('presenting *Coffee tracker* (number 2)');
    expect(presenter).toContain(ACTIONS.editDemo);
    expect(presenter).toContain(ACTIONS.withdraw);
    expect(await home('U203')).toContain('*Late idea* on the waitlist (number 1)');
    const newcomer = await home('U999');
    expect(newcomer).toContain(ACTIONS.proposeHackfest);
    expect(newcomer).not.toContain('Winter Hackfest');
  });

  it('when someone withdraws from the App Home, then they are answered by DM and the homes that changed are re-published', async () => {
    expect(await home('U203')).toContain('on the waitlist');
    const promoted = nextHome('U203');
    await app.click({ actionId: ACTIONS.withdraw, value: hackfestId, userId: 'U201' });

    const answer = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U201');
    expect(textOf(answer.args)).toContain('withdrawn');
    expect(await promoted).toContain('presenting *Late idea* (number 2)');
    // Only the Home tabs that were opened are re-published.
    expect(app.slack.callsTo('views.publish').filter((call) => call.args.user_id === 'U202')).toEqual([]);
  });

  it('when feedback has come in, then the organizer sees its summary on the Home tab', async () => {
    await advance(START - NOW);
    await runTheShow();
    await give('U301', { rating: '5' });

    const organizer = await home(ORGANIZER);
    expect(organizer).toContain('Feedback on your hackfests');
    expect(organizer).toContain('1 response, average *5* of 5');
    expect(organizer).toContain(ACTIONS.applyFeedback);
  });
});

describe('feedback on a date of a series', () => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;
  const JANUARY = Date.parse('2027-01-08T13:00:00Z');

  beforeEach(async () => {
    ({ time, app, hackfestId } = await appWithShow([['U201', 'Pizza bot']], { repeats: 'every month on 2nd friday' }));
    time.advance(START - NOW);
    await app.idle();
    await runShow(app);
    await giveFeedback(app, hackfestId, 'U301', { rating: '4', lengthLeaning: 'less' });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  /** Clicks "Apply to the next one" and resolves with the form that opens to adjust the series from `next` on. */
  async function applyToTheNextOne(next = JANUARY) {
    await app.click({ actionId: ACTIONS.applyFeedback, value: hackfestId, userId: ORGANIZER, messageTs: '1.1' });
    const opened = await app.slack.waitFor('views.open', (call) =>
      textOf(call.args).includes(`"initial_date_time":${seconds(next)}`),
    );
    return opened.args.view as { callback_id: string; private_metadata: string };
  }
  /** The adjust form as the organizer submits it, with the changes given: it asks for no channel or organizers. */
  const adjustValues = (changes: Parameters<typeof scheduleFormValues>[0]) => {
    const {
      [FIELDS.channel]: _channel,
      [FIELDS.coOrganizers]: _organizers,
      ...values
    } = scheduleFormValues({
      recurrence: 'custom',
      customRule: 'FREQ=MONTHLY;BYDAY=+2FR',
      slots: '2',
      ...changes,
    });
    return values;
  };

  it('when the organizer applies it, then the series changes from its next date on, its presenters are told, and no second series starts', async () => {
    const form = await applyToTheNextOne();
    expect(form.callback_id).toBe(CALLBACKS.adjustSeries);
    const shown = textOf(form);
    expect(shown).toContain(`"initial_date_time":${seconds(JANUARY)}`);
    expect(shown).toContain('"initial_value":"2h"');
    expect(shown).toMatch(/"initial_option":\{"text":\{[^}]*\},"value":"monthly_weekday"\}/);
    expect(shown).not.toContain(FIELDS.channel);

    await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U401',
      privateMetadata: form.private_metadata,
      values: demoFormValues({ title: 'January demo' }),
    });

    const submitted = await app.submit({
      callbackId: CALLBACKS.adjustSeries,
      userId: ORGANIZER,
      privateMetadata: form.private_metadata,
      values: adjustValues({ startsAt: JANUARY, length: '2h', slots: '6' }),
    });

    expect(submitted.body ?? {}).not.toHaveProperty('response_action');
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === ORGANIZER);
    expect(textOf(told.args)).toContain('now repeats every month on the 2nd Friday');
    const presenterTold = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U401');
    expect(textOf(presenterTold.args)).toContain('2h long, 6 demo slots');
    const listed = textOf(await (await app.command('list', { userId: ORGANIZER })).reply());
    expect(listed.split(`<!date^${seconds(JANUARY)}^`)).toHaveLength(2);
    expect(listed).toContain('1/6 demo slots taken');
  });

  it('when its later dates were moved to a new time, then applying it adjusts them where they are now', async () => {
    const january = (await applyToTheNextOne()).private_metadata;
    const movedTo = JANUARY + HOUR;
    await app.submit({
      callbackId: CALLBACKS.reschedule,
      userId: ORGANIZER,
      privateMetadata: january,
      values: { ...rescheduleFormValues(movedTo), ...scopeValue('following') },
    });
    await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('now repeats'));

    const form = await applyToTheNextOne(movedTo);

    expect(form).toMatchObject({ callback_id: CALLBACKS.adjustSeries, private_metadata: january });
  });

  it('when the adjusted series would not repeat or its length is wrong, then the form says so and nothing changes', async () => {
    const form = await applyToTheNextOne();

    const submitted = await app.submit({
      callbackId: CALLBACKS.adjustSeries,
      userId: ORGANIZER,
      privateMetadata: form.private_metadata,
      values: adjustValues({ startsAt: JANUARY, length: 'forever', recurrence: 'none' }),
    });

    expect(submitted.body).toMatchObject({ response_action: 'errors' });
    expect(Object.keys((submitted.body as { errors: object }).errors).sort()).toEqual(
      [FIELDS.length, FIELDS.recurrence].sort(),
    );
    expect(textOf(await (await app.command('list', { userId: ORGANIZER })).reply())).toContain('0/2 demo slots taken');
  });

  it.each([
    [{ length: '30m', slots: '8' }, FIELDS.slots, '8 demos of 5m need 40m'],
    [{ length: '7 days', recurrence: 'weekly' }, FIELDS.recurrence, 'as little as 7 days apart'],
  ])(
    'when the adjusted series cannot work (%j), then that field says why and nothing changes',
    async (changes, field, why) => {
      const form = await applyToTheNextOne();

      const submitted = await app.submit({
        callbackId: CALLBACKS.adjustSeries,
        userId: ORGANIZER,
        privateMetadata: form.private_metadata,
        values: adjustValues({ startsAt: JANUARY, ...changes }),
      });

      expect(submitted.body).toMatchObject({
        response_action: 'errors',
        errors: { [field]: expect.stringContaining(why) },
      });
      expect(textOf(await (await app.command('list', { userId: ORGANIZER })).reply())).toContain(
        '0/2 demo slots taken',
      );
    },
  );
});
