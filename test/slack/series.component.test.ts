import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { confirmCancel } from '../support/cancel.ts';
import type { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, rescheduleFormValues, scopeValue } from '../support/forms.ts';
import { RestartableApp } from '../support/restartableApp.ts';
import type { TestApp } from '../support/testApp.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const DAY = 24 * 3_600_000;
const ORGANIZER = 'U111';
const seconds = (instant: number) => Math.floor(instant / 1000);

/** Types `command` ("reschedule/cancel "<title>"") and picks, among the dates offered, the one on `date` (YYYY-MM-DD). */
async function pickDate(app: TestApp, command: string, date: string) {
  const title = /"(.+)"/.exec(command)?.[1] ?? '';
  const pick = JSON.stringify(await (await app.command(command, { userId: ORGANIZER })).reply());
  const option = pick.match(new RegExp(`"text":"${title} · ${date}[^"]*"\\},"value":"([^"]+)"`))?.[1];
  expect(option).toBeDefined();
  return app.click({ actionId: ACTIONS.pickHackfest, selectedOption: option, userId: ORGANIZER, messageTs: '1.1' });
}

/** Moves the date on `date` of the series `title` to `startsAt`, alone or with the dates after it, through the form. */
async function moveDate(app: TestApp, title: string, date: string, startsAt: number, scope: 'one' | 'following') {
  await pickDate(app, `reschedule "${title}"`, date);
  const modal = await app.slack.waitFor('views.open');
  await app.submit({
    callbackId: CALLBACKS.reschedule,
    userId: ORGANIZER,
    privateMetadata: String((modal.args.view as { private_metadata: string }).private_metadata),
    values: { ...rescheduleFormValues(startsAt), ...scopeValue(scope) },
  });
}

describe('a series kept on the calendar', () => {
  let restartable: RestartableApp;
  let time: FakeTime;

  const restart = () => restartable.restart();
  const postsTo = (channel: string) =>
    (restartable.current?.slack.callsTo('chat.postMessage') ?? []).filter((call) => call.args.channel === channel);

  beforeEach(() => {
    restartable = new RestartableApp(NOW);
    time = restartable.time;
  });
  afterEach(() => restartable.close());

  it('when an occurrence is over, then after a restart the next one is announced, and organizers are not nagged', async () => {
    const first = await restart();
    await (await first.command('schedule "Hack Friday" 2026-12-11 14:00 3h every week', { userId: ORGANIZER })).reply();
    expect(postsTo('C111')).toHaveLength(1);

    time.advance(Date.parse('2026-12-11T18:00:00Z') - NOW);
    const second = await restart();
    await second.idle();

    expect(postsTo('C111')).toHaveLength(1);
    expect(JSON.stringify(postsTo('C111')[0]?.args)).toContain(
      `<!date^${seconds(Date.parse('2026-12-18T13:00:00Z'))}^`,
    );
    expect(postsTo(ORGANIZER)).toEqual([]);
  });

  it('when the next date is announced after one passes, then it lists a later date moved on its own at its new time', async () => {
    const first = await restart();
    await first.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    await moveDate(first, 'Hack Friday', '2026-12-18', Date.parse('2026-12-19T13:00:00Z'), 'one');
    await first.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);

    time.advance(Date.parse('2026-12-04T18:00:00Z') - NOW);
    const second = await restart();
    await second.idle();

    const announced = JSON.stringify(postsTo('C111')[0]?.args);
    expect(announced).toContain(`<!date^${seconds(Date.parse('2026-12-11T13:00:00Z'))}^`);
    expect(announced).toContain(`<!date^${seconds(Date.parse('2026-12-19T13:00:00Z'))}^`);
    expect(announced).not.toContain(`<!date^${seconds(Date.parse('2026-12-18T13:00:00Z'))}^`);
  });

  it('when a series is moved from a later date on, then its dates are still announced one at a time, in order', async () => {
    const first = await restart();
    await first.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    await moveDate(first, 'Hack Friday', '2026-12-18', Date.parse('2026-12-18T14:00:00Z'), 'following');
    await first.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);
    const announcedAfterRestartAt = async (instant: number) => {
      time.advance(instant - time.now());
      await (await restart()).idle();
      // An announcement's text is its title and date; reminders and the feedback prompt due meanwhile say more.
      return postsTo('C111')
        .map((call) => String(call.args.text))
        .filter((text) => text.startsWith('Hack Friday, '));
    };

    expect(await announcedAfterRestartAt(NOW + 10 * 60_000)).toEqual([]);
    const afterFirst = await announcedAfterRestartAt(Date.parse('2026-12-04T18:00:00Z'));
    expect(afterFirst).toHaveLength(1);
    expect(afterFirst[0]).toContain(`<!date^${seconds(Date.parse('2026-12-11T13:00:00Z'))}^`);
    const afterSecond = await announcedAfterRestartAt(Date.parse('2026-12-11T18:00:00Z'));
    expect(afterSecond).toHaveLength(1);
    expect(afterSecond[0]).toContain(`<!date^${seconds(Date.parse('2026-12-18T14:00:00Z'))}^`);
  });

  it('when an organizer moves a series from its second date on, then later dates follow, the first stays, and it is listed once', async () => {
    const running = await restart();
    await (
      await running.command('schedule "Hack Friday" 2026-12-11 14:00 3h every month on 2nd friday', {
        userId: ORGANIZER,
      })
    ).reply();

    await moveDate(running, 'Hack Friday', '2027-01-08', Date.parse('2027-01-08T14:00:00Z'), 'following');
    // The form was opened from the channel (picking among hackfests there), so the answer shows there.
    const told = await running.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);
    expect(told.args.channel).toBe('C111');
    expect(JSON.stringify(told.args)).toContain('now repeats every month on the 2nd Friday');

    const dates = JSON.stringify(await (await running.command('cancel "Hack Friday"', { userId: ORGANIZER })).reply());
    expect(dates).toContain('Hack Friday · 2026-12-11 14:00');
    expect(dates).toContain('Hack Friday · 2027-01-08 15:00');
    expect(dates).not.toContain('Hack Friday · 2027-01-08 14:00');
    // Still one series to the channel: listed once, at its next date.
    const listed = JSON.stringify(await (await running.command('list', { userId: ORGANIZER })).reply());
    expect(listed.match(/\*Hack Friday\*/g)).toHaveLength(1);
    expect(listed).toContain(`<!date^${seconds(Date.parse('2026-12-11T13:00:00Z'))}^`);
    expect(listed).toContain('and 1 more date of this series');
  });

  describe("the announcement listing a series' coming dates", () => {
    const dec11 = `<!date^${seconds(Date.parse('2026-12-11T13:00:00Z'))}^`;
    const moveDec11 = async (startsAt: number, scope: 'one' | 'following') => {
      const running = await restart();
      await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
      expect(JSON.stringify(postsTo('C111')[0]?.args)).toContain(dec11);
      await moveDate(running, 'Hack Friday', '2026-12-11', startsAt, scope);
      const moved = `<!date^${seconds(startsAt)}^`;
      const update = await running.slack.waitFor('chat.update', (call) => JSON.stringify(call.args).includes(moved));
      return JSON.stringify(update.args);
    };

    it('when one date is moved on its own, then it lists that date at its new time', async () => {
      const shown = await moveDec11(Date.parse('2026-12-12T13:00:00Z'), 'one');
      expect(shown).not.toContain(dec11);
      expect(shown).toContain(`<!date^${seconds(Date.parse('2026-12-18T13:00:00Z'))}^`);
    });

    it('when the series is moved from a later date on, then it lists the later dates at their new time', async () => {
      const shown = await moveDec11(Date.parse('2026-12-11T14:00:00Z'), 'following');
      expect(shown).not.toContain(dec11);
      expect(shown).toContain(`<!date^${seconds(Date.parse('2026-12-18T14:00:00Z'))}^`);
      expect(shown).not.toContain('until');
    });
  });

  it("when a series is moved from a date on, then a later date's emcee keeps the role and is told the new time", async () => {
    const running = await restart();
    await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    const pick = JSON.stringify(
      await (await running.command('reschedule "Hack Friday"', { userId: ORGANIZER })).reply(),
    );
    const optionOn = (date: string) =>
      pick.match(new RegExp(`"text":"Hack Friday · ${date}[^"]*"\\},"value":"([^"]+)"`))?.[1];
    const dec18 = optionOn('2026-12-18')?.split(':')[1];
    const emceeOfDec18 = async (userId: string) =>
      running.click({
        actionId: `${ACTIONS.claimRole}:emcee`,
        value: `claim:emcee:${dec18}`,
        userId,
        messageTs: '1.1',
      });
    await emceeOfDec18('U555');
    expect(JSON.stringify(await (await emceeOfDec18('U556')).reply())).toContain('<@U555>');
    await moveDate(running, 'Hack Friday', '2026-12-11', Date.parse('2026-12-11T14:00:00Z'), 'following');

    const told = await running.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U555');
    expect(JSON.stringify(told.args)).toContain(`<!date^${seconds(Date.parse('2026-12-18T14:00:00Z'))}^`);
    expect(JSON.stringify(await (await emceeOfDec18('U556')).reply())).toContain('<@U555>');
  });

  it('when someone downloads the .ics of a series whose later date moved on its own, then the file has it at its new time', async () => {
    const running = await restart();
    const hackfestId = await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    await moveDate(running, 'Hack Friday', '2026-12-18', Date.parse('2026-12-19T13:00:00Z'), 'one');
    await running.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);

    await running.click({ actionId: ACTIONS.downloadIcs, value: hackfestId, userId: 'U999', messageTs: '1.3' });
    await running.slack.waitFor('files.completeUploadExternal');

    const ics = running.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
    expect(ics).toContain('EXDATE;TZID=Europe/Berlin:20261218T140000');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261219T140000');
  });

  it('when one date is moved onto the time of another date of the series, then it is refused and stays', async () => {
    const running = await restart();
    await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    await moveDate(running, 'Hack Friday', '2026-12-11', Date.parse('2026-12-18T13:00:00Z'), 'one');

    const told = await running.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);
    expect(JSON.stringify(told.args)).toContain('is already on the calendar in this channel');
    expect(JSON.stringify(told.args)).toContain('Nothing was changed');
    const listed = JSON.stringify(await (await running.command('cancel "Hack Friday"', { userId: ORGANIZER })).reply());
    expect(listed).toContain('Hack Friday · 2026-12-11 14:00');
    expect(listed.match(/Hack Friday · 2026-12-18/g)).toHaveLength(1);
  });

  it('when the series is ended while the show of one of its dates is on, then it is refused and the show goes on', async () => {
    const running = await restart();
    const hackfestId = await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
    await running.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot' }),
    });
    time.advance(Date.parse('2026-12-04T13:00:00Z') - NOW);
    await (await running.command('start', { userId: ORGANIZER })).reply();

    const prompt = await (await pickDate(running, 'cancel "Hack Friday"', '2026-12-11')).reply();
    const ended = await running.click({
      actionId: ACTIONS.confirmEndSeries,
      value: elementValue(prompt, ACTIONS.confirmEndSeries),
      userId: ORGANIZER,
      messageTs: '1.1',
    });

    expect(JSON.stringify(await ended.reply())).toContain('end the show first');
    const listed = JSON.stringify(await (await running.command('list', { userId: ORGANIZER })).reply());
    expect(listed).toContain('*Hack Friday*');
    expect(listed).toContain('and 6 more dates of this series');
  });

  it('when one date of a series is cancelled, then the announcement listing the coming dates leaves it out', async () => {
    const running = await restart();
    await running.schedule('schedule "Weekly Demo Hour" 2026-12-06 15:00 1h every week', ORGANIZER);
    const dec13 = `<!date^${seconds(Date.parse('2026-12-13T14:00:00Z'))}^`;
    expect(JSON.stringify(postsTo('C111')[0]?.args)).toContain(dec13);
    const prompt = await (await pickDate(running, 'cancel "Weekly Demo Hour"', '2026-12-13')).reply();

    const confirmed = await confirmCancel(running, prompt, ORGANIZER);

    const reply = JSON.stringify(await confirmed.reply());
    expect(reply).toContain('the series skips that date');
    expect(reply).not.toContain('its announcement says so');
    const update = await running.slack.waitFor('chat.update');
    expect(JSON.stringify(update.args)).not.toContain(dec13);
    expect(JSON.stringify(update.args)).toContain(`<!date^${seconds(Date.parse('2026-12-27T14:00:00Z'))}^`);
  });

  it.each([
    ['a date before the move', '2026-12-04'],
    ['a moved date', '2026-12-25'],
  ])(
    'when a series moved from a later date on is ended from %s, then every date of it is cancelled',
    async (_, picked) => {
      const running = await restart();
      await running.schedule('schedule "Hack Friday" 2026-12-04 14:00 3h every week', ORGANIZER);
      await moveDate(running, 'Hack Friday', '2026-12-18', Date.parse('2026-12-18T14:00:00Z'), 'following');
      await running.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);

      const prompt = await (await pickDate(running, 'cancel "Hack Friday"', picked)).reply();
      const ended = await running.click({
        actionId: ACTIONS.confirmEndSeries,
        value: elementValue(prompt, ACTIONS.confirmEndSeries),
        userId: ORGANIZER,
        messageTs: '1.1',
      });
      expect(JSON.stringify(await ended.reply())).toContain('has ended');

      const listed = JSON.stringify(await (await running.command('list', { userId: ORGANIZER })).reply());
      expect(listed).toContain('No upcoming hackfests in this channel');
    },
  );

  it('when a quarterly series is past its first date, then its next one is announced and organizers are not nagged', async () => {
    const first = await restart();
    await first.schedule('schedule "Quarterly Demo Day" 2026-12-11 14:00 3h quarterly', ORGANIZER);

    time.advance(Date.parse('2026-12-11T18:00:00Z') - NOW);
    const second = await restart();
    await second.idle();

    expect(JSON.stringify(postsTo('C111')[0]?.args)).toContain(
      `<!date^${seconds(Date.parse('2027-03-11T13:00:00Z'))}^`,
    );
    expect(postsTo(ORGANIZER)).toEqual([]);
  });

  it('when a series has one date left, then its organizers are asked once, by DM, to keep it on the calendar', async () => {
    const first = await restart();
    await (
      await first.command('schedule "Hack Friday" 2026-12-11 14:00 3h FREQ=WEEKLY;COUNT=2', { userId: ORGANIZER })
    ).reply();

    time.advance(Date.parse('2026-12-11T18:00:00Z') - NOW);
    const second = await restart();
    const nudge = await second.slack.waitFor('chat.postMessage', (call) => call.args.channel === ORGANIZER);
    expect(JSON.stringify(nudge.args)).toContain('Keep it on the calendar');

    time.advance(DAY);
    const third = await restart();
    await third.idle();
    expect(postsTo(ORGANIZER)).toEqual([]);
  });
});
