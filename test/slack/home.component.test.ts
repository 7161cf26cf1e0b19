import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { appHomeOpened } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, scheduleFormValues, signedUpView } from '../support/forms.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const ORGANIZER = 'U111';
const NEWCOMER = 'U300';
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const seconds = (instant: number) => Math.floor(instant / 1000);
const textOf = (value: unknown) => JSON.stringify(value);
const memberOf =
  (...channelIds: string[]) =>
  () => ({ ok: true, channels: channelIds.map((id) => ({ id })), response_metadata: { next_cursor: '' } });

describe('the App Home', () => {
  let app: TestApp;

  /** Opens the person's Home tab (or waits for it to be re-published) and returns the view published next. */
  const nextHome = async (userId: string, open = true) => {
    const before = app.slack.callsTo('views.publish').length;
    const published = app.slack.waitFor(
      'views.publish',
      (call) => call.args.user_id === userId && app.slack.callsTo('views.publish').indexOf(call) >= before,
    );
    if (open) await app.event(appHomeOpened({ userId }));
    return (await published).args.view as { blocks: unknown[] };
  };
  /** The section of the view that follows the header with this text, up to the next header. */
  const part = (view: { blocks: unknown[] }, title: string) => {
    const start = view.blocks.findIndex((block) => textOf(block).includes(`"text":"${title}"`));
    if (start < 0) return '';
    const end = view.blocks.findIndex((block, index) => index > start && textOf(block).includes('"type":"header"'));
    return textOf(view.blocks.slice(start, end < 0 ? undefined : end));
  };

  beforeEach(async () => {
    app = await startTestApp('socket', { time: new FakeTime(NOW) });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  describe('of a newcomer', () => {
    let winterId: string;

    beforeEach(async () => {
      winterId = await app.schedule('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8', ORGANIZER);
      await (
        await app.command('schedule "Secret Hack" 2026-12-12 10:00 2h', { userId: ORGANIZER, channelId: 'C222' })
      ).reply();
    });

    it('when they are in a channel with a hackfest, then their Home lists it under "Coming up in your channels" with its time, slots and a sign-up button, and not those elsewhere', async () => {
      app.slack.handle('users.conversations', memberOf('C111'));

      const coming = part(await nextHome(NEWCOMER), 'Coming up in your channels');

      expect(coming).toContain('Winter Hackfest');
      expect(coming).toContain('<#C111>');
      expect(coming).toContain(`<!date^${seconds(WINTER)}^`);
      expect(coming).toContain('0/8 demo slots taken');
      expect(elementValue(JSON.parse(coming), ACTIONS.signUp)).toBe(winterId);
      expect(coming).not.toContain('Secret Hack');
    });

    it('when they click "Sign up to demo" on their Home and send the form, then they are signed up, and their Home shows their demo instead, Slack asked once for their channels', async () => {
      app.slack.handle('users.conversations', memberOf('C111'));
      const offered = elementValue(await nextHome(NEWCOMER), ACTIONS.signUp);
      expect(offered).toBe(winterId);

      await app.click({ actionId: ACTIONS.signUp, value: offered, userId: NEWCOMER });
      const form = await app.slack.waitFor('views.open');
      expect(textOf(form.args.view)).toContain(CALLBACKS.signUp);
      const submitted = await app.submit({
        callbackId: CALLBACKS.signUp,
        userId: NEWCOMER,
        privateMetadata: winterId,
        values: demoFormValues({ title: 'Pizza bot' }),
      });
      expect(signedUpView(submitted)).toContain('Pizza bot');

      const view = await nextHome(NEWCOMER, false);
      expect(part(view, 'Your hackfests')).toContain('presenting *Pizza bot*');
      expect(part(view, 'Coming up in your channels')).toBe('');
      expect(app.slack.callsTo('users.conversations')).toHaveLength(1);
    });

    it('when Slack cannot say which channels they are in, then the rest of their Home still shows, and a warning is logged', async () => {
      await app.schedule('schedule "Spring Hackfest" 2027-03-12 14:00 3h', NEWCOMER);
      app.slack.failSome('users.conversations', () => ({ error: 'internal_error' }));

      const view = await nextHome(NEWCOMER);

      expect(part(view, 'Your hackfests')).toContain('Spring Hackfest');
      expect(textOf(view)).not.toContain('Coming up in your channels');
      expect(app.logs.join('')).toContain('could not read the channels of a person for their App Home');
    });
  });

  describe('of an organizer', () => {
    it('when every reminder was unticked in the schedule form, then their Home says none were chosen, not that none is left', async () => {
      await app.submit({
        callbackId: CALLBACKS.schedule,
        userId: ORGANIZER,
        values: scheduleFormValues({ startsAt: WINTER, reminders: [] }),
      });
      await app.slack.waitFor('chat.postEphemeral');

      expect(part(await nextHome(ORGANIZER), 'Your hackfests')).toContain('Reminders: none chosen');
    });
  });

  describe('of the organizer of a weekly series', () => {
    beforeEach(async () => {
      await app.schedule('schedule "Hack Friday" 2026-12-11 14:00 3h every week', ORGANIZER);
    });

    it('when they open their Home, then the series is one entry: its next date, how it repeats and how many dates follow', async () => {
      const yours = part(await nextHome(ORGANIZER), 'Your hackfests');

      expect(yours.match(/Hack Friday/g)).toHaveLength(1);
      expect(yours.match(/<!date\^/g)).toHaveLength(1);
      expect(yours).toContain(`<!date^${seconds(WINTER)}^`);
      expect(yours).toContain('every week');
      expect(yours).toContain('5 more dates');
      expect(yours.match(/Reminders:/g)).toHaveLength(1);
    });

    it('when they are also the emcee of a later date, then that date shows too, with their part', async () => {
      const picker = await (await app.command('reschedule "Hack Friday"', { userId: ORGANIZER })).reply();
      const options = (
        picker as { blocks: Array<{ accessory?: { options: Array<{ text: { text: string }; value: string }> } }> }
      ).blocks[0]?.accessory?.options;
      const later =
        options?.find((option) => option.text.text.includes('2027-01-01'))?.value.replace('reschedule:', '') ?? '';
      await app.click({ actionId: `${ACTIONS.claimRole}:emcee`, value: `claim:emcee:${later}`, userId: ORGANIZER });
      await app.idle();

      const yours = part(await nextHome(ORGANIZER), 'Your hackfests');

      expect(yours.match(/Hack Friday/g)).toHaveLength(2);
      expect(yours).toContain(`<!date^${seconds(Date.parse('2027-01-01T13:00:00Z'))}^`);
      expect(yours).toContain('organizer, emcee');
    });
  });
});
