import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { type DatabaseReader, readDatabase } from '../support/databaseSnapshot.ts';
import { engines, type TestDatabase } from '../support/databases.ts';
import { appHomeOpened } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, rescheduleFormValues, signedUpView } from '../support/forms.ts';
import { showReady } from '../support/showReady.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
/** The hackfest starts at 14:00 Berlin on 11 December; the emcee starts the show two hours early. */
const START = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;
const ORGANIZER = 'U111';
const EMCEE = 'U500';
const PRESENTER = 'U201';
const STRANGER = 'U999';
const CHANNEL = 'C111';
const textOf = (value: unknown) => JSON.stringify(value);

describe('a hackfest whose show has ended', () => {
  let database: TestDatabase;
  let reader: DatabaseReader;
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;

  const ask = async (text: string, userId: string) => textOf(await (await app.command(text, { userId })).reply());
  const click = async (actionId: string, userId: string, value: string = hackfestId) =>
    textOf(await (await app.click({ actionId, value, userId, messageTs: '1.1' })).reply());
  const home = async (userId: string) => {
    const before = app.slack.callsTo('views.publish').length;
    const published = app.slack.waitFor(
      'views.publish',
      (call) => call.args.user_id === userId && app.slack.callsTo('views.publish').indexOf(call) >= before,
    );
    await app.event(appHomeOpened({ userId }));
    return textOf((await published).args.view);
  };
  const announcement = () => textOf(app.slack.messagesIn(CHANNEL)[0]);

  beforeEach(async () => {
    database = await (engines[0] as (typeof engines)[number]).create();
    reader = readDatabase(database.database);
    time = new FakeTime(NOW);
    app = await startTestApp('socket', { database: database.database, time });
    hackfestId = await showReady(app, {
      organizerId: ORGANIZER,
      slots: 8,
      demos: [
        [PRESENTER, 'Pizza bot'],
        ['U202', 'Coffee tracker'],
      ],
      emceeId: EMCEE,
    });
    time.advance(START - 2 * HOUR - NOW);
    await app.idle();
    expect(await ask('start', EMCEE)).toContain('Start the show now anyway');
    await app.click({ actionId: ACTIONS.startShowEarly, value: hackfestId, userId: EMCEE, messageTs: '1.9' });
    await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
    for (const control of ['next', 'end']) await ask(control, EMCEE);
    await app.idle();
    await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('took place'));
    await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('Winter Hackfest is over'));
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
    await reader.close();
    await database.drop();
  });

  it('when the show has ended, then the announcement says it took place and offers no button to sign up, edit, withdraw, start or claim a role', () => {
    const board = announcement();

    expect(board).toContain('took place');
    expect(board).toContain('2 demos were shown');
    expect(board).toContain(`:microphone: *Emcee*: <@${EMCEE}> · :stopwatch: *Timekeeper*: nobody`);
    for (const actionId of [
      ACTIONS.signUp,
      ACTIONS.editDemo,
      ACTIONS.withdraw,
      ACTIONS.startShow,
      ACTIONS.manageLineup,
      ACTIONS.claimRole,
      ACTIONS.releaseRole,
    ])
      expect(board).not.toContain(actionId);
  });

  it('when people sign up, edit, withdraw, claim a role, reschedule or cancel it, then they are told it took place and nothing changes', async () => {
    const stored = await reader.snapshot();
    const board = announcement();
    const callsBefore = app.slack.calls.length;
    const tookPlace = 'has taken place';

    expect(await click(ACTIONS.signUp, STRANGER)).toContain(tookPlace);
    const signUp = await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: STRANGER,
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Too late' }),
    });
    expect(textOf(signUp.body)).toContain(tookPlace);
    expect(await click(ACTIONS.editDemo, PRESENTER)).toContain(tookPlace);
    const edit = await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: PRESENTER,
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot 2' }),
    });
    expect(textOf(edit.body)).toContain(tookPlace);
    expect(await click(ACTIONS.withdraw, PRESENTER)).toContain(tookPlace);
    expect(await click(`${ACTIONS.claimRole}:timekeeper`, STRANGER, `claim:timekeeper:${hackfestId}`)).toContain(
      tookPlace,
    );
    expect(await click(ACTIONS.confirmCancel, ORGANIZER, `occurrence:${hackfestId}`)).toContain(tookPlace);
    const rescheduled = await app.submit({
      callbackId: CALLBACKS.reschedule,
      userId: ORGANIZER,
      privateMetadata: hackfestId,
      values: rescheduleFormValues(START + 7 * 24 * HOUR),
    });
    expect(textOf(rescheduled.body)).toEqual('{}');
    const toldByDm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === ORGANIZER);
    expect(textOf(toldByDm.args)).toContain(tookPlace);
    expect(await ask('reschedule "Winter Hackfest" 2026-12-20 10:00', ORGANIZER)).toContain(tookPlace);
    expect(await ask('cancel "Winter Hackfest"', ORGANIZER)).toContain(tookPlace);
    await app.idle();

    expect(await reader.snapshot()).toEqual(stored);
    expect(announcement()).toEqual(board);
    const sentSince = app.slack.calls
      .slice(callsBefore)
      .filter((call) => ['chat.postMessage', 'chat.update', 'views.open'].includes(call.method))
      .filter((call) => !textOf(call.args).includes(tookPlace));
    expect(sentSince).toEqual([]);
  });

  it('when the show has ended, then lists, the reminder plan and App Homes no longer show it as upcoming, and the organizer can close its feedback', async () => {
    expect(await ask('list', STRANGER)).toContain('No upcoming hackfests in this channel');
    expect(await ask('reminders', ORGANIZER)).toContain('No upcoming hackfest in this channel');
    expect(await home(EMCEE)).not.toContain('you: emcee');
    const presenterHome = await home(PRESENTER);
    expect(presenterHome).not.toContain('Pizza bot');
    expect(presenterHome).not.toContain(ACTIONS.withdraw);
    const organizerHome = await home(ORGANIZER);
    expect(organizerHome).not.toContain('you: organizer');
    expect(organizerHome).toContain('Close now');
    expect(organizerHome).toContain('Keep open 7 more days');
  });

  it('when its start and end come after the show ended early, then no reminder is posted and feedback is asked for once', async () => {
    for (let quarter = 0; quarter < 16; quarter++) {
      time.advance(HOUR / 4);
      await app.idle();
    }

    const posted = (contains: string) =>
      app.slack.callsTo('chat.postMessage').filter((call) => textOf(call.args).includes(contains));
    expect(posted('starts in an hour')).toEqual([]);
    expect(posted('is starting now')).toEqual([]);
    expect(app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === PRESENTER)).toEqual([]);
    expect(posted(ACTIONS.giveFeedback)).toHaveLength(1);
  });
});

describe('a date of a series whose show has ended early', () => {
  const JANUARY = Date.parse('2027-01-08T13:00:00Z');
  let database: TestDatabase;
  let app: TestApp;
  let time: FakeTime;

  const ask = async (text: string, userId: string) => textOf(await (await app.command(text, { userId })).reply());
  const posted = (contains: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => textOf(call.args).includes(contains));

  beforeEach(async () => {
    database = await (engines[0] as (typeof engines)[number]).create();
    time = new FakeTime(NOW);
    app = await startTestApp('socket', { database: database.database, time });
    const seriesDateId = await showReady(app, {
      organizerId: ORGANIZER,
      slots: 8,
      demos: [[PRESENTER, 'Pizza bot']],
      emceeId: EMCEE,
      repeats: 'every month on 2nd friday',
    });
    time.advance(START - 2 * HOUR - NOW);
    await app.idle();
    await ask('start', EMCEE);
    await app.click({ actionId: ACTIONS.startShowEarly, value: seriesDateId, userId: EMCEE, messageTs: '1.9' });
    await app.idle();
    await ask('end', EMCEE);
    await app.idle();
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
    await database.drop();
  });

  it('when the series is kept on the calendar, then its next date is announced and listed, and /hackfest start does not start it', async () => {
    await app.stop();
    app = await startTestApp('socket', { database: database.database, time });
    await app.idle();

    const january = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === CHANNEL);
    expect(textOf(january.args)).toContain(`*When*\\n<!date^${Math.floor(JANUARY / 1000)}^`);
    const signedUp = await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U202',
      privateMetadata: elementValue(january.args, ACTIONS.signUp) ?? '',
      values: demoFormValues({ title: 'January demo' }),
    });
    expect(signedUpView(signedUp)).toContain('January demo');
    const listed = await ask('list', STRANGER);
    expect(listed).toContain(`<!date^${Math.floor(JANUARY / 1000)}^`);
    expect(listed).not.toContain(`<!date^${Math.floor(START / 1000)}^`);
    await ask('start', ORGANIZER);
    await app.idle();
    expect(posted('Now presenting')).toEqual([]);
  });
});
