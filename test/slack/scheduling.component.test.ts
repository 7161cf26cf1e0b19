import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS, FIELDS } from '../../src/slack/ids.ts';
import { elementValue, markupOf } from '../support/blocks.ts';
import type { ApiCall } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { rescheduleFormValues, scheduleFormValues } from '../support/forms.ts';
import { type Mode, startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
/** 2026-12-11 14:00 in Berlin (the fake's default zone for everyone), a Friday. */
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const ORGANIZER = 'U111';
const CO_ORGANIZER = 'U222';
const STRANGER = 'U999';
const WINTER_TEXT = 'schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m';

const textOf = (value: unknown) => JSON.stringify(value);

const seconds = (instant: number) => Math.floor(instant / 1000);

describe.each<Mode>(['socket', 'http'])('scheduling in %s mode', (mode) => {
  let app: TestApp;
  let time: FakeTime;

  /** Types a command and waits for the ephemeral answer that respond() sends back. */
  const ask = async (text: string, input: Parameters<TestApp['command']>[1] = {}) =>
    textOf(await (await app.command(text, input)).reply());
  const announcements = () => app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'C111');
  const dmsTo = (userId: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === userId);

  async function scheduleWinter(): Promise<ApiCall> {
    expect(await ask(WINTER_TEXT, { userId: ORGANIZER })).toContain('is on the calendar');
    const [announcement] = announcements();
    if (!announcement) throw new Error('expected an announcement');
    return announcement;
  }

  beforeEach(async () => {
    time = new FakeTime(NOW);
    app = await startTestApp(mode, { time });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  describe('the schedule form', () => {
    it('when someone types /hackfest schedule, then the form opens at next Friday 14:00 in their zone', async () => {
      await app.command('schedule', { triggerId: 'trigger-1' });

      const open = await app.slack.waitFor('views.open');
      expect(open.args).toMatchObject({ trigger_id: 'trigger-1', view: { callback_id: CALLBACKS.schedule } });
      expect(textOf(open.args.view)).toContain(`"initial_date_time":${seconds(Date.parse('2026-11-27T13:00:00Z'))}`);
    });

    it('when the form is filled in well, then the modal closes and the announcement is posted with the calendar links', async () => {
      const submitted = await app.submit({
        callbackId: CALLBACKS.schedule,
        userId: ORGANIZER,
        values: scheduleFormValues({ startsAt: WINTER, coOrganizers: [CO_ORGANIZER] }),
      });

      expect(submitted.body ?? {}).not.toHaveProperty('response_action');
      const announcement = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
      const shown = textOf(announcement.args);
      expect(shown).toContain('Winter Hackfest');
      expect(shown).toContain(`<!date^${seconds(WINTER)}^`);
      expect(shown).toContain(`<@${CO_ORGANIZER}>`);
      expect(shown).toContain('calendar.google.com');
      expect(shown).toContain(ACTIONS.downloadIcs);
      expect(await app.slack.waitFor('chat.postEphemeral')).toMatchObject({ args: { user: ORGANIZER } });
    });

    it('when the form has mistakes, then each comes back inline, the modal stays open, and nothing is posted', async () => {
      const submitted = await app.submit({
        callbackId: CALLBACKS.schedule,
        values: scheduleFormValues({ title: '', startsAt: NOW - 60_000, length: 'forever', slots: '0' }),
      });

      expect(submitted.body).toMatchObject({ response_action: 'errors' });
      const errors = (submitted.body as { errors: Record<string, string> }).errors;
      expect(Object.keys(errors).sort()).toEqual([FIELDS.length, FIELDS.slots, FIELDS.start, FIELDS.title].sort());
      expect(await ask('list')).toContain('/hackfest schedule');
      expect(announcements()).toEqual([]);
    });

    it.each([
      [{ length: '1h', slots: '20', demo: '10m' }, FIELDS.slots, '20 demos of 10m need 3h 20m'],
      [{ length: '7 days', recurrence: 'weekly' }, FIELDS.recurrence, 'as little as 7 days apart'],
      [{ startsAt: Date.parse('2099-12-11T13:00:00Z') }, FIELDS.start, 'more than 2 years ahead'],
    ])(
      'when the form asks for what cannot work (%j), then that field says why, and nothing is saved',
      async (input, field, why) => {
        const submitted = await app.submit({
          callbackId: CALLBACKS.schedule,
          userId: ORGANIZER,
          values: scheduleFormValues({ startsAt: WINTER, ...input }),
        });

        expect(submitted.body).toMatchObject({ response_action: 'errors' });
        const errors = (submitted.body as { errors: Record<string, string> }).errors;
        expect(Object.keys(errors)).toEqual([field]);
        expect(errors[field]).toContain(why);
        expect(await ask('list')).toContain('/hackfest schedule');
        expect(announcements()).toEqual([]);
      },
    );

    it.each([
      [{ length: 'forever', slots: '50' }, FIELDS.length],
      [{ demo: 'ages', length: '15m' }, FIELDS.demo],
    ])(
      'when a length cannot be read (%j), then only it is refused, not the slots or repeats judged on a default length',
      async (input, field) => {
        const submitted = await app.submit({
          callbackId: CALLBACKS.schedule,
          userId: ORGANIZER,
          values: scheduleFormValues({ startsAt: WINTER, ...input }),
        });

        expect(submitted.body).toMatchObject({ response_action: 'errors' });
        expect(Object.keys((submitted.body as { errors: object }).errors)).toEqual([field]);
        expect(announcements()).toEqual([]);
      },
    );

    it('when the form schedules what is already on the calendar, then the title says so, and nothing is saved twice', async () => {
      await scheduleWinter();

      const submitted = await app.submit({
        callbackId: CALLBACKS.schedule,
        userId: ORGANIZER,
        values: scheduleFormValues({ startsAt: WINTER, title: 'winter hackfest' }),
      });

      expect(submitted.body).toMatchObject({
        response_action: 'errors',
        errors: { [FIELDS.title]: expect.stringContaining('already on the calendar') },
      });
      expect(announcements()).toHaveLength(1);
    });

    it.each([
      ['the app is not in', { ok: true, channel: { id: 'C999', is_member: false, is_archived: false } }],
      ['is private without the app', { ok: false, error: 'channel_not_found' }],
      ['is archived', { ok: true, channel: { id: 'C999', is_member: true, is_archived: true } }],
    ])(
      'when the form picks a channel that %s, then the form stays open asking to invite the app, and nothing is kept',
      async (_, info) => {
        app.slack.handle('conversations.info', () => info);

        const submitted = await app.submit({
          callbackId: CALLBACKS.schedule,
          userId: ORGANIZER,
          values: scheduleFormValues({ startsAt: WINTER, channelId: 'C999' }),
        });

        expect(submitted.body).toMatchObject({
          response_action: 'errors',
          errors: { [FIELDS.channel]: expect.stringContaining('/invite @Hackfest') },
        });
        expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
        const listed = await (await app.command('list', { userId: ORGANIZER, channelId: 'C999' })).reply();
        expect(textOf(listed)).toContain('No upcoming hackfests');
      },
    );
  });

  describe('the text form', () => {
    it('when an organizer types a full schedule, then it is read in their zone and announced', async () => {
      app.slack.setUser(ORGANIZER, { tz: 'America/New_York' });

      expect(await ask(WINTER_TEXT, { userId: ORGANIZER })).toContain('is on the calendar');

      const [announcement] = announcements();
      expect(textOf(announcement?.args)).toContain(`<!date^${seconds(Date.parse('2026-12-11T19:00:00Z'))}^`);
    });

    it.each([
      ['schedule Winter 2026-12-11 14:00', 'title'],
      ['schedule "Winter Hackfest" 2026-02-30 14:00', '2026-02-30'],
      ['schedule "Winter Hackfest" 2026-11-01 14:00', 'past'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 forever', 'forever'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 500', 'slots'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 3h every full moon', 'full moon'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 0m', 'a hackfest lasts from 15m to 7 days'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 3h demo 0s', 'a demo lasts from 1m to 1h'],
      ['schedule "Winter Hackfest" 2026-12-11 14:00 3h every day', 'at most weekly'],
    ])(
      'when someone types %j, then an ephemeral error names the problem (%s) with a correct example, and nothing is scheduled',
      async (text, named) => {
        const reply = await ask(text);

        expect(reply).toContain('ephemeral');
        expect(reply.toLowerCase()).toContain(named);
        expect(reply).toContain('For example: `/hackfest schedule');
        expect(announcements()).toEqual([]);
      },
    );

    it('when someone types a weekly rule naming two days, then it is refused as at most weekly with a one-day rule, and nothing is scheduled', async () => {
      const reply = await ask('schedule "Twice weekly" 2026-12-14 10:00 1h FREQ=WEEKLY;BYDAY=MO,TU');

      expect(reply).toContain('A hackfest repeats at most weekly: name one day a week, e.g. FREQ=WEEKLY;BYDAY=MO.');
      expect(reply).toContain('For example: `/hackfest schedule \\"Twice weekly\\" 2026-12-14 10:00');
      expect(reply).toContain(' FREQ=WEEKLY;BYDAY=MO`');
      expect(announcements()).toEqual([]);
    });

    it('when a Berlin organizer types 03/01/2027, then both readings are offered and nothing is scheduled', async () => {
      const reply = await ask('schedule "EU" 03/01/2027 14:00 3h', { userId: ORGANIZER });

      expect(reply).toContain('03/01/2027 could be 3 January or 1 March: type 2027-01-03 or 2027-03-01.');
      expect(reply).toContain('For example: `/hackfest schedule \\"EU\\" 2027-01-03 14:00 3h slots 8 demo 5m`');
      expect(announcements()).toEqual([]);
    });

    it('when thousands of characters trail a schedule, then the reply quotes only the first 40 of them', async () => {
      const reply = await ask(`schedule "Big tail" 2026-12-11 14:00 3h ${'A'.repeat(3000)}`);

      expect(reply).toContain(`I don't know what \\"${'A'.repeat(39)}…\\" means here.`);
      expect(reply).not.toContain('A'.repeat(40));
      expect(announcements()).toEqual([]);
    });

    it('when "next friday" is typed on a Thursday, then the confirmation shows the date it was read as', async () => {
      time.advance(Date.parse('2026-12-03T09:00:00Z') - NOW);

      const reply = await ask('schedule "Hack Friday" next friday 14:00 3h', { userId: ORGANIZER });

      const nextWeeksFriday = Date.parse('2026-12-11T13:00:00Z');
      expect(reply).toContain(`<!date^${seconds(nextWeeksFriday)}^{date_long_pretty} at {time}|2026-12-11 14:00`);
    });

    it.each([
      [
        'schedule "Long demo" 2026-12-11 14:00 1h slots 20 demo 10m',
        '20 demos of 10m need 3h 20m; this hackfest lasts 1h',
        '"Long demo" 2026-12-11 14:00 3h 20m slots 20 demo 10m',
      ],
      [
        'schedule "Long W" 2026-12-11 14:00 7d every week',
        'as little as 7 days apart',
        '"Long W" 2026-12-11 14:00 6 days 22h slots 8 demo 5m FREQ=WEEKLY',
      ],
      ['schedule "M" 9999-12-11 14:00 3h', 'more than 2 years ahead', '"Winter Hackfest" 2026-11-27 14:00 3h slots 8'],
    ])(
      'when someone types %j, then they are told why it cannot work with an example that does, and nothing is scheduled',
      async (text, why, example) => {
        const reply = await ask(text, { userId: ORGANIZER });

        expect(reply).toContain('ephemeral');
        expect(reply).toContain('Nothing was scheduled');
        expect(reply).toContain(why);
        expect(reply).toContain(`For example: \`/hackfest schedule ${example}`.replaceAll('"', '\\"'));
        expect(announcements()).toEqual([]);
        expect(await ask('list')).toContain('/hackfest schedule');
      },
    );

    it('when the same schedule is typed twice, then the second is refused, pointing at the first, and one is announced', async () => {
      await scheduleWinter();

      const reply = await ask(WINTER_TEXT, { userId: ORGANIZER });

      expect(reply).toContain('Nothing was scheduled');
      expect(reply).toContain('already on the calendar');
      expect(reply).toContain('/hackfest reschedule');
      expect(announcements()).toHaveLength(1);
      expect((await ask('list')).split(`<!date^${seconds(WINTER)}^`)).toHaveLength(2);
    });

    it('when a title tries to ping the channel, then the announcement shows it escaped', async () => {
      await ask('schedule "<!channel> party" 2026-12-11 14:00 3h');

      const markup = markupOf(announcements()[0]?.args ?? {}).join('\n');
      expect(markup).toContain('&lt;!channel&gt; party');
      expect(markup).not.toContain('<!channel>');
    });

    it('when a series is scheduled, then the announcement says the rule in words and the coming dates are listed', async () => {
      await ask(`${WINTER_TEXT} every month on 2nd friday`, { userId: ORGANIZER });

      const shown = textOf(announcements()[0]?.args);
      expect(shown).toContain('every month on the 2nd Friday');
      const listed = await ask('list');
      expect(listed).toContain(`<!date^${seconds(WINTER)}^`);
      expect(listed).toContain('and 1 more date of this series');
    });
  });

  describe('in a direct message', () => {
    it.each(['feedback', 'signup "Winter Hackfest"', 'reminders', 'cancel "Winter Hackfest"', 'start', 'export'])(
      "when someone types %s in a DM, then they are told to type it in the hackfest's channel, and nothing happens",
      async (typed) => {
        await ask(WINTER_TEXT, { userId: ORGANIZER });
        const postsBefore = app.slack.callsTo('chat.postMessage').length;

        const reply = textOf((await app.command(typed, { userId: ORGANIZER, channelId: 'DU111' })).body);

        expect(reply).toContain(`/hackfest ${typed.replaceAll('"', '\\"')}\` is for the hackfest of a channel`);
        expect(reply).toContain('/hackfest list all');
        expect(app.slack.callsTo('chat.postMessage')).toHaveLength(postsBefore);
        expect(app.slack.callsTo('views.open')).toEqual([]);
      },
    );

    it('when someone schedules by text in a DM, then they are asked to type it in a channel, and nothing is scheduled', async () => {
      const reply = await ask(WINTER_TEXT, { userId: ORGANIZER, channelId: 'DU111' });

      expect(reply).toContain('announced in a channel');
      expect(reply).toContain(WINTER_TEXT.replaceAll('"', '\\"'));
      expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
      expect(await ask('list all', { userId: ORGANIZER })).toContain('No upcoming hackfests');
    });

    it('when someone opens the schedule form in a DM, then it does not offer the DM as the channel', async () => {
      await app.command('schedule', { userId: ORGANIZER, channelId: 'DU111' });

      const open = await app.slack.waitFor('views.open');
      expect(textOf(open.args.view)).not.toContain('DU111');
    });
  });

  describe('listing', () => {
    it('when nothing is scheduled, then the list says how to schedule one', async () => {
      expect(await ask('list')).toContain('/hackfest schedule');
    });

    it('when someone types list with words it does not take, then they are shown what it takes', async () => {
      await scheduleWinter();

      const { body } = await app.command('list everything');

      expect(body).toMatchObject({ response_type: 'ephemeral' });
      expect(textOf(body)).toContain('does not take “everything”');
      expect(textOf(body)).toContain('`/hackfest list all`');
      expect(textOf(body)).not.toContain('Winter Hackfest');
    });

    it('when someone adds words to a subcommand that takes a title or nothing, then they are shown its form and nothing happens', async () => {
      await scheduleWinter();
      const refusals = {
        'cancel "Winter Hackfest" now please': [
          'does not take “now please”',
          '`/hackfest cancel \\"Winter Hackfest\\"`',
        ],
        'reminders "Winter Hackfest" extra': ['does not take “extra”', '`/hackfest reminders \\"Winter Hackfest\\"`'],
        'signup "Winter Hackfest" me': ['does not take “me”', '`/hackfest signup \\"Winter Hackfest\\"`'],
        'start now': ['does not take “now”', '`/hackfest start`'],
        'next please': ['does not take “please”', '`/hackfest next`'],
        'end x': ['does not take “x”', '`/hackfest end`'],
        'export junk': ['does not take “junk”', '`/hackfest export`'],
        'feedback junk': ['does not take “junk”', '`/hackfest feedback`'],
        'about junk': ['does not take “junk”', '`/hackfest about`'],
      };

      for (const [typed, expected] of Object.entries(refusals)) {
        const { body } = await app.command(typed, { userId: ORGANIZER });
        expect(body).toMatchObject({ response_type: 'ephemeral' });
        for (const part of expected) expect(textOf(body)).toContain(part);
      }
      expect(app.slack.callsTo('views.open')).toHaveLength(0);
      expect(app.slack.callsTo('files.uploadV2')).toHaveLength(0);
      expect(await ask('list')).toContain('Winter Hackfest');
    });

    it('when listing all, then hackfests in every channel the person is in are shown, and no others', async () => {
      await scheduleWinter();
      await ask('schedule "Secret Hack" 2026-12-12 10:00 2h', { channelId: 'C222' });
      app.slack.handle('users.conversations', () => ({ ok: true, channels: [{ id: 'C111' }], response_metadata: {} }));

      const listed = await ask('list all', { userId: STRANGER });
      expect(listed).toContain('Winter Hackfest');
      expect(listed).not.toContain('Secret Hack');
    });
  });

  describe('rescheduling and cancelling', () => {
    beforeEach(async () => {
      await app.submit({
        callbackId: CALLBACKS.schedule,
        userId: ORGANIZER,
        values: scheduleFormValues({ startsAt: WINTER, coOrganizers: [CO_ORGANIZER] }),
      });
      await app.slack.waitFor('chat.postEphemeral');
      app.slack.reset();
    });

    it('when an organizer reschedules by text, then the announcement is updated and the co-organizer told old and new time', async () => {
      expect(await ask('reschedule "Winter Hackfest" 2026-12-18 14:00', { userId: ORGANIZER })).toContain('now starts');
      const update = await app.slack.waitFor('chat.update');
      const moved = seconds(Date.parse('2026-12-18T13:00:00Z'));
      expect(textOf(update.args)).toContain(`<!date^${moved}^`);
      const told = textOf(dmsTo(CO_ORGANIZER).at(-1)?.args);
      expect(told).toContain(`<!date^${seconds(WINTER)}^`);
      expect(told).toContain(`<!date^${moved}^`);
    });

    it('when an organizer reschedules more than 2 years ahead, by text or with the form, then nothing moves', async () => {
      const reply = await ask('reschedule "Winter Hackfest" 2099-12-18 14:00', { userId: ORGANIZER });

      expect(reply).toContain('more than 2 years ahead');
      expect(reply).toContain('Nothing was changed');
      await app.command('reschedule', { userId: ORGANIZER, triggerId: 'trigger-2' });
      const open = await app.slack.waitFor('views.open');
      const submitted = await app.submit({
        callbackId: CALLBACKS.reschedule,
        userId: ORGANIZER,
        privateMetadata: String((open.args.view as { private_metadata: string }).private_metadata),
        values: rescheduleFormValues(Date.parse('2099-12-18T13:00:00Z')),
      });
      expect(submitted.body).toMatchObject({
        response_action: 'errors',
        errors: { [FIELDS.start]: expect.stringContaining('more than 2 years ahead') },
      });
      expect(app.slack.callsTo('chat.update')).toEqual([]);
      expect(await ask('list')).toContain(`<!date^${seconds(WINTER)}^`);
    });

    it('when an organizer reschedules with the form opened in the channel, then the hackfest moves and they hear so there', async () => {
      await app.command('reschedule', { userId: ORGANIZER, triggerId: 'trigger-2' });
      const open = await app.slack.waitFor('views.open');
      const privateMetadata = String((open.args.view as { private_metadata: string }).private_metadata);

      await app.submit({
        callbackId: CALLBACKS.reschedule,
        userId: ORGANIZER,
        privateMetadata,
        values: rescheduleFormValues(Date.parse('2026-12-18T13:00:00Z')),
      });

      expect(textOf((await app.slack.waitFor('chat.update')).args)).toContain(
        `${seconds(Date.parse('2026-12-18T13:00:00Z'))}`,
      );
      const told = await app.slack.waitFor('chat.postEphemeral', (call) => call.args.user === ORGANIZER);
      expect(told.args.channel).toBe('C111');
      expect(textOf(told.args)).toContain('now starts');
      expect(app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === ORGANIZER)).toEqual([]);
    });

    it('when a reschedule form opened before forms carried their channel is sent, then it still works and answers by DM', async () => {
      await app.command('reschedule', { userId: ORGANIZER, triggerId: 'trigger-2' });
      const open = await app.slack.waitFor('views.open');
      const { id: hackfestId } = JSON.parse((open.args.view as { private_metadata: string }).private_metadata);

      await app.submit({
        callbackId: CALLBACKS.reschedule,
        userId: ORGANIZER,
        privateMetadata: hackfestId,
        values: rescheduleFormValues(Date.parse('2026-12-18T13:00:00Z')),
      });

      const dm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === ORGANIZER);
      expect(textOf(dm.args)).toContain('now starts');
    });

    it('when someone else tries to reschedule or cancel, then they are refused and nothing changes', async () => {
      expect(await ask('reschedule "Winter Hackfest" 2026-12-18 14:00', { userId: STRANGER })).toContain(
        'Only the organizers',
      );
      expect(await ask('cancel "Winter Hackfest"', { userId: STRANGER })).toContain('Only the organizers');

      expect(app.slack.callsTo('chat.update')).toEqual([]);
      expect(await ask('list')).toContain(`<!date^${seconds(WINTER)}^`);
    });

    it('when a workspace admin reschedules, then it is allowed', async () => {
      app.slack.setUser(STRANGER, { is_admin: true });

      expect(await ask('reschedule "Winter Hackfest" 2026-12-18 14:00', { userId: STRANGER })).toContain('now starts');
    });

    it('when an organizer cancels and confirms, then the announcement says cancelled and the co-organizer is told', async () => {
      const prompt = await (await app.command('cancel "Winter Hackfest"', { userId: ORGANIZER })).reply();
      const confirm = elementValue(prompt, ACTIONS.confirmCancel);
      expect(confirm).toBeDefined();
      expect(app.slack.callsTo('chat.update')).toEqual([]);

      const clicked = await app.click({
        actionId: ACTIONS.confirmCancel,
        value: confirm,
        userId: ORGANIZER,
        messageTs: '1.1',
      });

      expect(textOf(await clicked.reply())).toContain('is cancelled');
      const update = await app.slack.waitFor('chat.update');
      expect(textOf(update.args)).toContain('Cancelled');
      expect(textOf(dmsTo(CO_ORGANIZER).at(-1)?.args)).toContain('Winter Hackfest');
      expect(await ask('list')).toContain('No upcoming hackfests in this channel');
    });

    it('when several hackfests match, then the person picks one instead of the app guessing', async () => {
      await ask('schedule "Winter Hackfest" 2026-12-12 14:00 3h', { userId: ORGANIZER });
      const pick = await ask('cancel Winter', { userId: ORGANIZER });
      expect(pick).toContain(ACTIONS.pickHackfest);
      const option = pick.match(/"value":"(cancel:[^"]+)"/)?.[1];
      expect(option).toBeDefined();

      const picked = await app.click({
        actionId: ACTIONS.pickHackfest,
        selectedOption: option,
        userId: ORGANIZER,
        messageTs: '1.2',
      });

      expect(textOf(await picked.reply())).toContain(ACTIONS.confirmCancel);
      expect(app.slack.callsTo('chat.update')).toEqual([]);
    });

    it('when several match and none is theirs, then the person is refused at once, without a choice to make', async () => {
      await ask('schedule "Winter Hackfest" 2026-12-12 14:00 3h', { userId: ORGANIZER });

      const reply = await ask('cancel Winter', { userId: STRANGER });

      expect(reply).toContain('Only the organizers');
      expect(reply).not.toContain(ACTIONS.pickHackfest);
    });

    it("when several match, then the choice shows their times in the reader's own zone", async () => {
      await ask('schedule "Winter Hackfest" 2026-12-12 14:00 3h', { userId: ORGANIZER });
      app.slack.setUser('U777', { tz: 'America/Los_Angeles', is_admin: true });

      const pick = await ask('cancel Winter', { userId: 'U777' });

      expect(pick).toContain('Winter Hackfest · 2026-12-11 05:00');
      expect(pick).toContain('Winter Hackfest · 2026-12-12 05:00');
    });
  });

  describe('calendar files', () => {
    it("when someone exports, then an .ics with the channel's hackfests is uploaded to the channel", async () => {
      await scheduleWinter();

      expect(await ask('export')).toContain('.ics');
      const complete = await app.slack.waitFor('files.completeUploadExternal');
      expect(complete.args.channel_id).toBe('C111');
      const ics = app.slack.uploads.at(-1)?.bytes.toString('utf8') ?? '';
      expect(ics).toContain('SUMMARY:Winter Hackfest');
      expect(ics).toContain('TZID=Europe/Berlin');
    });

    it('when someone clicks "Download .ics", then the file arrives in their DM', async () => {
      const announcement = await scheduleWinter();
      const hackfestId = elementValue(announcement.args, ACTIONS.downloadIcs);

      const clicked = await app.click({
        actionId: ACTIONS.downloadIcs,
        value: hackfestId,
        userId: STRANGER,
        messageTs: '1.3',
      });

      expect(textOf(await clicked.reply())).toContain('direct message');
      expect((await app.slack.waitFor('files.completeUploadExternal')).args.channel_id).toBe(`D${STRANGER}`);
    });
  });
});
