import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { confirmCancel } from '../support/cancel.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues } from '../support/forms.ts';
import { showReady } from '../support/showReady.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
/** 2026-12-11 14:00 in Berlin (the fake's default zone for everyone). */
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const ORGANIZER = 'U111';
const PRESENTER = 'U301';
const TEAMMATE = 'U302';
const EMCEE = 'U401';
const TIMEKEEPER = 'U402';

const textOf = (value: unknown) => JSON.stringify(value);
const seconds = (instant: number) => Math.floor(instant / 1000);

describe('who is told when a hackfest is moved or cancelled', () => {
  let app: TestApp;
  let hackfestId: string;

  const ask = async (text: string) => textOf(await (await app.command(text, { userId: ORGANIZER })).reply());
  const dmsTo = (userId: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === userId);

  beforeEach(async () => {
    app = await startTestApp('socket', { time: new FakeTime(NOW) });
    hackfestId = await showReady(app, { organizerId: ORGANIZER, slots: 8, demos: [], emceeId: EMCEE });
    await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: PRESENTER,
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Robot barista', team: [TEAMMATE] }),
    });
    await app.click({
      actionId: `${ACTIONS.claimRole}:timekeeper`,
      value: `claim:timekeeper:${hackfestId}`,
      userId: TIMEKEEPER,
      messageTs: '1.1',
    });
    await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes(`<@${TIMEKEEPER}>`));
    app.slack.reset();
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when an organizer reschedules, then the emcee and the timekeeper are told too, and the reply counts who was', async () => {
    const reply = await ask('reschedule "Winter Hackfest" 2026-12-18 14:00');

    expect(reply).toContain('The 2 people signed up, the emcee and the timekeeper have been told.');
    const moved = `<!date^${seconds(Date.parse('2026-12-18T13:00:00Z'))}^`;
    for (const person of [PRESENTER, TEAMMATE, EMCEE, TIMEKEEPER]) expect(textOf(dmsTo(person))).toContain(moved);
    expect(dmsTo(ORGANIZER)).toEqual([]);
  });

  it('when an organizer cancels, then the prompt and the result say who is told, and the emcee and timekeeper are', async () => {
    const prompt = await (await app.command('cancel "Winter Hackfest"', { userId: ORGANIZER })).reply();
    expect(textOf(prompt)).toContain('The 2 people signed up, the emcee and the timekeeper will be told.');

    const clicked = await confirmCancel(app, prompt, ORGANIZER, '1.2');

    expect(textOf(await clicked.reply())).toContain(
      'The 2 people signed up, the emcee and the timekeeper have been told.',
    );
    for (const person of [EMCEE, TIMEKEEPER]) expect(textOf(dmsTo(person))).toContain('is cancelled');
  });

  it('when an organizer reschedules to the time it already has, then they are told so, and nothing moves and nobody hears', async () => {
    const reply = await ask('reschedule "Winter Hackfest" 2026-12-11 14:00');

    expect(reply).toContain('already starts');
    expect(reply).toContain(`<!date^${seconds(WINTER)}^`);
    expect(reply).toContain('ephemeral');
    expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
    expect(app.slack.callsTo('chat.update')).toEqual([]);
  });
});

describe('rescheduling and cancelling alone, several matches, and exporting', () => {
  let app: TestApp;

  const ask = async (text: string) => textOf(await (await app.command(text, { userId: ORGANIZER })).reply());

  beforeEach(async () => {
    app = await startTestApp('socket', { time: new FakeTime(NOW) });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when nobody else is concerned, then the reply says nobody else needed telling', async () => {
    await app.schedule('schedule "Winter Hackfest" 2026-12-11 14:00 3h', ORGANIZER);

    const reply = await ask('reschedule "Winter Hackfest" 2026-12-18 14:00');

    expect(reply).toContain('Nobody else was signed up, so nobody else needed telling.');
    expect(reply).not.toContain('organizers have been told');
  });

  it('when several hackfests match a reschedule with a time, then the form opens at the typed time once one is picked', async () => {
    await app.schedule('schedule "Hack Friday" 2026-12-11 14:00 3h', ORGANIZER);
    await ask('schedule "Hack Friday" 2026-12-12 14:00 3h');

    const pick = await ask('reschedule "Hack Friday" 2026-12-18 16:00');
    const option = pick.match(/"value":"(reschedule:[^"]+)"/)?.[1];
    expect(option).toBeDefined();
    await app.click({ actionId: ACTIONS.pickHackfest, selectedOption: option, userId: ORGANIZER, messageTs: '1.3' });

    const opened = await app.slack.waitFor('views.open');
    expect(textOf(opened.args.view)).toContain(`"initial_date_time":${seconds(Date.parse('2026-12-18T15:00:00Z'))}`);
  });

  it('when an organizer ends a series, then whoever signed up for its dates is told and the reply counts them', async () => {
    const firstDate = await app.schedule('schedule "Weekly Demo Hour" 2026-12-06 15:00 1h every week', ORGANIZER);
    await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: PRESENTER,
      privateMetadata: firstDate,
      values: demoFormValues({ title: 'Robot barista' }),
    });
    const prompt = await (await app.command('cancel "Weekly Demo Hour"', { userId: ORGANIZER })).reply();
    const pick = textOf(prompt).match(/"value":"(cancel:[^"]+)"/)?.[1];
    const picked = await app.click({
      actionId: ACTIONS.pickHackfest,
      selectedOption: pick,
      userId: ORGANIZER,
      messageTs: '1.4',
    });

    const ended = await app.click({
      actionId: ACTIONS.confirmEndSeries,
      value: elementValue(await picked.reply(), ACTIONS.confirmEndSeries),
      userId: ORGANIZER,
      messageTs: '1.4',
    });

    const reply = textOf(await ended.reply());
    expect(reply).toContain('has ended');
    expect(reply).toContain('The one person signed up has been told.');
    expect(textOf(app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === PRESENTER))).toContain(
      'is cancelled',
    );
  });

  it('when a series and a one-off are exported, then the reply counts the events the file holds', async () => {
    await app.schedule('schedule "Weekly Demo Hour" 2026-12-06 15:00 1h every week', ORGANIZER);
    await ask('schedule "Winter Hackfest" 2026-12-11 14:00 3h');

    const reply = await ask('export');

    const ics = app.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(reply).toContain('2 events (1 of them a repeating series)');
  });
});
