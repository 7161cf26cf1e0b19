import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/config.ts';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { cancelConfirmed } from '../support/cancel.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, scheduleFormValues } from '../support/forms.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const START = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ORGANIZER = 'U111';
const textOf = (value: unknown) => JSON.stringify(value);

describe('reminders', () => {
  let dir: string;
  let database: Database;
  let time: FakeTime;
  let app: TestApp;
  let hackfestId: string;

  const channelPosts = (contains: string) =>
    app.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === 'C111' && textOf(call.args).includes(contains));
  /** Posts to one channel go out a second apart: a few seconds let those due together all through. */
  const letPacedPostsThrough = async () => {
    for (let second = 0; second < 5; second++) {
      time.advance(1_000);
      await app.idle();
    }
  };
  const advanceTo = async (instant: number) => {
    time.advance(instant - time.now());
    await app.idle();
    await letPacedPostsThrough();
  };
  const ask = async (text: string) => textOf(await (await app.command(text, { userId: ORGANIZER })).reply());
  /** The "is starting now" reminder as the channel shows it now (found by its tag, since its text changes). */
  const startReminder = () => {
    const posted = channelPosts(':microphone: *Winter Hackfest* is')[0];
    if (!posted) return undefined;
    const tag = textOf(posted.args.metadata);
    return app.slack.messagesIn('C111').find((message) => textOf(message.metadata) === tag);
  };
  const startReminderRevised = (contains: string) =>
    app.slack.waitFor(
      'chat.update',
      (call) => call.args.ts === startReminder()?.ts && textOf(call.args).includes(contains),
    );
  const signUpPizzaBot = () =>
    app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot' }),
    });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hackfest-reminders-'));
    database = { engine: 'sqlite', file: join(dir, 'hackfest.db') };
    time = new FakeTime(NOW);
    app = await startTestApp('socket', { time, database });
    hackfestId = await app.schedule('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m', ORGANIZER);
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when someone asks for the plan, then every reminder of the next hackfest is listed with its time', async () => {
    const plan = await ask('reminders');

    expect(plan).toContain('a week before');
    expect(plan).toContain(`<!date^${Math.floor((START - HOUR) / 1000)}^`);
    expect(plan).toContain('30 minutes before');
  });

  it('when someone asks for the plan, then the reminders are listed in the order they go out', async () => {
    const plan = await ask('reminders');

    const order = ['a week before', 'the day before', 'an hour before', '30 minutes before', 'at the start'];
    const positions = order.map((words) => plan.indexOf(words));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((one, other) => one - other));
  });

  it('when someone asks for the plan of a hackfest by title, then that one is shown, and an unknown title says so', async () => {
    await ask('schedule "Spring Hackfest" 2027-03-12 14:00 3h');

    expect(await ask('reminders "Spring Hackfest"')).toContain('Reminders for *Spring Hackfest*');
    const unknown = await ask('reminders for "Spacey"');
    expect(unknown).toContain('There is no upcoming hackfest named');
    expect(unknown).not.toContain('Reminders for');
  });

  it('when the organizer leaves reminders out in the form, then only the ticked ones are planned', async () => {
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: ORGANIZER,
      values: scheduleFormValues({ startsAt: START, channelId: 'C222', reminders: ['hour-before'] }),
    });
    await app.slack.waitFor('chat.postEphemeral');

    const plan = textOf(await (await app.command('reminders', { userId: ORGANIZER, channelId: 'C222' })).reply());
    expect(plan).toContain('an hour before');
    expect(plan).not.toContain('the day before');
  });

  it('when the organizer leaves every reminder out, then the plan says it gets none, not that they have gone out', async () => {
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: ORGANIZER,
      values: scheduleFormValues({ startsAt: START, channelId: 'C222', reminders: [] }),
    });
    await app.slack.waitFor('chat.postEphemeral');

    const plan = textOf(await (await app.command('reminders', { userId: ORGANIZER, channelId: 'C222' })).reply());
    expect(plan).toContain('*Winter Hackfest* gets no reminders');
    expect(plan).not.toContain('has gone out');
  });

  it('when sign-ups close at the start, then the plan has no sign-ups-closing reminder beside the day-before', async () => {
    const plan = await ask('reminders');

    expect(plan).toContain('the day before');
    expect(plan).not.toContain('a day before sign-ups close');
  });

  it('when sign-ups close two days before the start, then a day before they close the channel is reminded to sign up', async () => {
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: ORGANIZER,
      values: scheduleFormValues({
        title: 'Early Hackfest',
        startsAt: START,
        deadline: START - 2 * DAY,
        channelId: 'C222',
      }),
    });
    await app.slack.waitFor('chat.postEphemeral');
    const plan = textOf(await (await app.command('reminders', { userId: ORGANIZER, channelId: 'C222' })).reply());
    expect(plan).toContain('a day before sign-ups close');

    await advanceTo(START - 3 * DAY);
    const posted = app.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === 'C222' && textOf(call.args).includes('sign-ups close'));
    expect(posted).toHaveLength(1);
  });

  it('when each reminder falls due, then it is posted once, reading the line-up as it is then', async () => {
    await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot' }),
    });

    await advanceTo(START - 7 * DAY);
    expect(channelPosts('a week away')).toHaveLength(1);
    expect(textOf(channelPosts('a week away')[0]?.args)).toContain('7 of 8 demo slots left');
    await advanceTo(START - DAY);
    expect(channelPosts('is tomorrow')).toHaveLength(1);
    // Sign-ups close at the start: the day-before stands in for "sign-ups closing", and the channel gets one post.
    expect(channelPosts('Sign up!')).toHaveLength(1);
    expect(textOf(channelPosts('is tomorrow')[0]?.args)).toContain(
      '7 of 8 demo slots left: sign-ups close at the start. Sign up!',
    );
    expect(textOf(channelPosts('is tomorrow')[0]?.args)).toContain(ACTIONS.signUp);
    await advanceTo(START - HOUR);
    expect(textOf(channelPosts('starts in an hour')[0]?.args)).toContain('Pizza bot');
    await advanceTo(START - HOUR / 2);
    expect(
      textOf(
        app.slack
          .callsTo('chat.postMessage')
          .filter((call) => call.args.channel === 'U201')
          .at(-1)?.args,
      ),
    ).toContain('as number 1');
    await advanceTo(START);
    expect(textOf(channelPosts('starting now')[0]?.args)).toContain(ACTIONS.startShow);
    await advanceTo(START + DAY);

    expect(channelPosts('a week away')).toHaveLength(1);
    expect(channelPosts('is tomorrow')).toHaveLength(1);
  });

  it('when the show starts and then ends, then the start reminder no longer offers to start it and says when it ran', async () => {
    await signUpPizzaBot();
    await advanceTo(START);
    expect(textOf(startReminder())).toContain(ACTIONS.startShow);
    await advanceTo(START + 2 * 60_000);

    const startedAt = Math.floor(time.now() / 1000);
    await ask('start');
    await startReminderRevised('is on');
    expect(textOf(startReminder())).toContain(`is on: the show started at <!date^${startedAt}^{time}`);
    expect(textOf(startReminder())).not.toContain(ACTIONS.startShow);

    await advanceTo(START + HOUR);
    const endedAt = Math.floor(time.now() / 1000);
    await ask('end');
    await startReminderRevised('took place');
    const over = textOf(startReminder());
    expect(over).toContain(`took place: the show ran from <!date^${startedAt}^{time}`);
    expect(over).toContain(`to <!date^${endedAt}^{time}`);
    expect(over).not.toContain(ACTIONS.startShow);
  });

  it('when the show started early, then the start reminder says it is on, without a Start button', async () => {
    await signUpPizzaBot();
    await advanceTo(START - 10 * 60_000);
    await ask('start');

    await advanceTo(START);

    expect(channelPosts('starting now')).toEqual([]);
    expect(textOf(startReminder())).toContain('is on: the show started at');
    expect(textOf(startReminder())).not.toContain(ACTIONS.startShow);
  });

  it('when Slack posts the start reminder but answers with a server error, then it is posted once and still revised when the show starts', async () => {
    await signUpPizzaBot();
    await advanceTo(START - 60_000);
    app.slack.failNext('chat.postMessage', { status: 503, madeIt: true });
    await advanceTo(START);
    await advanceTo(START + 60_000);
    expect(channelPosts('starting now')).toHaveLength(1);

    await ask('start');
    await startReminderRevised('is on');

    expect(textOf(startReminder())).not.toContain(ACTIONS.startShow);
  });

  it('when the hackfest is cancelled after its start reminder went out, then the reminder says it is cancelled, without a Start button', async () => {
    await signUpPizzaBot();
    await advanceTo(START);
    expect(textOf(startReminder())).toContain(ACTIONS.startShow);

    await cancelConfirmed(app, 'Winter Hackfest', ORGANIZER);
    await startReminderRevised('cancelled');

    expect(textOf(startReminder())).toContain(':no_entry: *Winter Hackfest* is cancelled.');
    expect(textOf(startReminder())).not.toContain(ACTIONS.startShow);
  });

  it('when the hackfest is rescheduled, then reminders follow the new time, and after a cancel none are posted', async () => {
    await ask('reschedule "Winter Hackfest" 2026-12-18 14:00');

    await advanceTo(START - DAY);
    expect(channelPosts('is tomorrow')).toEqual([]);
    await advanceTo(START + 6 * DAY);
    expect(channelPosts('is tomorrow')).toHaveLength(1);

    await cancelConfirmed(app, 'Winter Hackfest', ORGANIZER);
    await advanceTo(START + 8 * DAY);
    expect(channelPosts('starts in an hour')).toEqual([]);
  });

  it('when the app was down, then missed reminders are posted late only before the start, once', async () => {
    await app.stop();
    time.advance(START - 2 * HOUR - NOW);
    app = await startTestApp('socket', { time, database });
    await app.idle();
    await letPacedPostsThrough();

    expect(channelPosts('is tomorrow')).toHaveLength(1);
    expect(channelPosts('a week away')).toHaveLength(1);
    await app.stop();
    time.advance(3 * HOUR);
    app = await startTestApp('socket', { time, database });
    await app.idle();

    expect(channelPosts('starts in an hour')).toEqual([]);
    expect(channelPosts('starting now')).toEqual([]);
  });

  it('when Slack posts a reminder but answers with a server error, then it is not posted again', async () => {
    app.slack.failNext('chat.postMessage', { status: 503, madeIt: true });

    await advanceTo(START - 7 * DAY);
    // The job failed: it runs again after its backoff, finds its post in the channel, and does not post it twice.
    await advanceTo(START - 7 * DAY + 60_000);

    expect(channelPosts('a week away')).toHaveLength(1);
    expect(app.slack.messagesIn('C111').filter((message) => textOf(message).includes('a week away'))).toHaveLength(1);
  });

  it('when the app was removed from the channel, then the organizers are told by DM and the reminders stop', async () => {
    app.slack.handle('chat.postMessage', (args) =>
      args.channel === 'C111' ? { ok: false, error: 'not_in_channel' } : { ok: true, channel: args.channel, ts: '1.5' },
    );

    await advanceTo(START - 7 * DAY);
    await advanceTo(START - HOUR);

    const told = app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === ORGANIZER);
    expect(told).toHaveLength(1);
    expect(textOf(told[0]?.args)).toContain("can't post in <#C111>");
  });
});
