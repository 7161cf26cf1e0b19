import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS, FIELDS } from '../../src/slack/ids.ts';
import { elementValue, markupOf } from '../support/blocks.ts';
import { appHomeOpened } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { proposalFormValues, scheduleFormValues, suggestionFormValues } from '../support/forms.ts';
import { type Mode, startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const PROPOSER = 'U111';
const ADMIN = 'U900';
const textOf = (value: unknown) => JSON.stringify(value);
const memberOf =
  (...channelIds: string[]) =>
  () => ({ ok: true, channels: channelIds.map((id) => ({ id })), response_metadata: { next_cursor: '' } });

describe.each<Mode>(['socket', 'http'])('proposals in %s mode', (mode) => {
  let app: TestApp;
  let time: FakeTime;
  let proposalId: string;

  const propose = (values = proposalFormValues(), userId = PROPOSER) =>
    app.submit({ callbackId: CALLBACKS.propose, userId, values });
  /** Proposes the usual proposal and returns its channel message, once the proposer is told it is up. */
  async function proposed() {
    await propose();
    const message = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
    await app.slack.waitFor('chat.postEphemeral', (call) => call.args.user === PROPOSER);
    proposalId = elementValue(message.args, ACTIONS.backProposal) ?? '';
    return message;
  }
  const click = (actionId: string, userId: string, actionTs?: string) =>
    app.click({ actionId, value: proposalId, userId, messageTs: '1.1', ...(actionTs ? { actionTs } : {}) });
  /** The proposal's message as last updated to show `contains`, waiting for the coalesced update. */
  const board = (contains: string) =>
    app.slack.waitFor('chat.update', (call) => textOf(call.args).includes(contains)).then((call) => textOf(call.args));
  const dmTo = (userId: string, contains: string) =>
    app.slack
      .waitFor('chat.postMessage', (call) => call.args.channel === userId && textOf(call.args).includes(contains))
      .then((call) => textOf(call.args));

  beforeEach(async () => {
    time = new FakeTime(NOW);
    app = await startTestApp(mode, { time });
    app.slack.setUser(ADMIN, { is_admin: true });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when someone types /hackfest propose with a title, then the proposal form opens with it filled in', async () => {
    await app.command('propose "Winter Hackfest"', { userId: PROPOSER });

    const opened = await app.slack.waitFor('views.open');
    expect(opened.args).toMatchObject({ view: { callback_id: CALLBACKS.propose } });
    expect(textOf(opened.args)).toContain('"initial_value":"Winter Hackfest"');
  });

  it('when someone types the title in curly quotes, as Slack may send them, then the form has the title without them', async () => {
    await app.command('propose “Winter Hackfest”', { userId: PROPOSER });

    const opened = await app.slack.waitFor('views.open');
    expect(textOf(opened.args)).toContain('"initial_value":"Winter Hackfest"');
  });

  it('when someone clicks "Propose a hackfest" on the App Home, then the proposal form opens', async () => {
    await app.click({ actionId: ACTIONS.proposeHackfest, userId: PROPOSER });

    expect((await app.slack.waitFor('views.open')).args).toMatchObject({ view: { callback_id: CALLBACKS.propose } });
  });

  it('when a valid proposal is submitted, then it is posted with its specifics and buttons, and the proposer is told', async () => {
    const message = textOf((await proposed()).args);

    expect(message).toContain('Proposal: Winter Hackfest');
    expect(message).toContain('<@U111> proposes');
    expect(message).toContain('Ship the ideas we never get to.');
    expect(message).toContain('demo day');
    expect(message).toContain('2 days');
    expect(message).toContain('every month');
    expect(message).toContain('AI, tooling');
    for (const action of [
      ACTIONS.backProposal,
      ACTIONS.suggestChange,
      ACTIONS.adjustProposal,
      ACTIONS.scheduleProposal,
    ])
      expect(message).toContain(action);
    const told = await app.slack.waitFor('chat.postEphemeral', (call) => call.args.user === PROPOSER);
    expect(textOf(told.args)).toContain('is up in <#C111>');
  });

  it('when the proposal form has mistakes, then each comes back inline and nothing is posted', async () => {
    const submitted = await propose(proposalFormValues({ title: '', length: 'forever', topics: 'x'.repeat(60) }));

    expect(submitted.body).toMatchObject({
      response_action: 'errors',
      errors: {
        [FIELDS.title]: expect.stringContaining('title'),
        [FIELDS.length]: expect.stringContaining('e.g. 3h'),
        [FIELDS.topics]: expect.stringContaining('50 characters'),
      },
    });
    expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('when the proposal form picks a channel the app is not in, then the form stays open asking to invite the app', async () => {
    app.slack.handle('conversations.info', () => ({ ok: true, channel: { id: 'C999', is_member: false } }));

    const submitted = await propose(proposalFormValues({ channelId: 'C999' }));

    expect(submitted.body).toMatchObject({
      response_action: 'errors',
      errors: { [FIELDS.channel]: expect.stringContaining('/invite @Hackfest') },
    });
    expect(app.slack.callsTo('chat.postMessage')).toEqual([]);
  });

  it('when user text holds mentions like <!channel>, then the message shows them as text and pings nobody', async () => {
    await propose(proposalFormValues({ title: 'Hack <!channel>', why: '<!here> come <@U222>' }));

    const message = markupOf((await app.slack.waitFor('chat.postMessage')).args).join('\n');
    expect(message).toContain('&lt;!here&gt; come &lt;@U222&gt;');
    expect(message).toContain('Hack &lt;!channel&gt;');
    expect(message).not.toMatch(/<!(here|channel)>/);
  });

  it('when someone clicks "Back this" and later again, then they back it and then withdraw, the message following', async () => {
    await proposed();

    expect(textOf(await (await click(ACTIONS.backProposal, 'U201')).reply())).toContain('You back');
    expect(await board('1 person backs this')).toContain('<@U201>');
    time.advance(2_000);
    expect(textOf(await (await click(ACTIONS.backProposal, 'U201')).reply())).toContain('no longer back');
    expect(await board('No backers yet')).not.toContain('<@U201>');
  });

  it('when backers withdraw, then each is told in plain words how many still back it', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    await click(ACTIONS.backProposal, 'U202');
    await click(ACTIONS.backProposal, 'U203');
    time.advance(2_000);

    expect(textOf(await (await click(ACTIONS.backProposal, 'U201')).reply())).toContain('(2 still do)');
    expect(textOf(await (await click(ACTIONS.backProposal, 'U202')).reply())).toContain('(1 still does)');
    expect(textOf(await (await click(ACTIONS.backProposal, 'U203')).reply())).toContain('(nobody does now)');
  });

  it('when a click is retried or double-clicked, then the backing is counted once', async () => {
    await proposed();

    await click(ACTIONS.backProposal, 'U201', '1700000000.1');
    await click(ACTIONS.backProposal, 'U201', '1700000000.1');
    await click(ACTIONS.backProposal, 'U201', '1700000000.2');

    expect(await board('1 person backs this')).toContain('<@U201>');
  });

  it('when 200 people back it at once, then all are counted, and the first names are shown', async () => {
    await proposed();
    const people = Array.from({ length: 200 }, (_, index) => `U${1000 + index}`);

    await Promise.all(people.map((userId) => click(ACTIONS.backProposal, userId)));

    const shown = await board('200 people back this');
    expect(shown).toContain('and 192 more');
  });

  it('when someone suggests a change, then the proposal tallies it by aspect and the proposer gets a DM', async () => {
    await proposed();
    await click(ACTIONS.suggestChange, 'U201');
    expect((await app.slack.waitFor('views.open')).args).toMatchObject({
      view: { callback_id: CALLBACKS.suggestChange },
    });

    const suggest = (userId: string, aspect: string, text: string) => {
      time.advance(1_000);
      return app.submit({
        callbackId: CALLBACKS.suggestChange,
        userId,
        privateMetadata: proposalId,
        values: suggestionFormValues(aspect, text),
      });
    };
    await suggest('U201', 'length', 'One day');
    await suggest('U202', 'length', 'one day');
    await suggest('U203', 'format', 'Open hack');

    const shown = await board('Format* (1)');
    expect(shown).toContain('Length* (2)');
    expect(shown.indexOf('Length')).toBeLessThan(shown.indexOf('Format* (1)'));
    expect(shown).toContain('One day” ×2');
    expect(await dmTo(PROPOSER, 'Open hack')).toContain('<@U203> suggests a change');
  });

  it('when the proposer suggests a change to their own proposal, then they are not told its proposer has been told', async () => {
    await proposed();

    await app.submit({
      callbackId: CALLBACKS.suggestChange,
      userId: PROPOSER,
      privateMetadata: proposalId,
      values: suggestionFormValues('length', 'One day'),
    });

    const told = await app.slack.waitFor(
      'chat.postEphemeral',
      (call) => call.args.user === PROPOSER && textOf(call.args).includes('Your suggestion'),
    );
    expect(textOf(told.args)).not.toContain('proposer has been told');
  });

  it('when a suggestion is empty, then the form says so inline and nothing is recorded', async () => {
    await proposed();

    const submitted = await app.submit({
      callbackId: CALLBACKS.suggestChange,
      userId: 'U201',
      privateMetadata: proposalId,
      values: suggestionFormValues('length', '   '),
    });

    expect(submitted.body).toMatchObject({
      response_action: 'errors',
      errors: { [FIELDS.suggestion]: expect.any(String) },
    });
    expect(app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === PROPOSER)).toEqual([]);
  });

  it('when the proposer adjusts it, then the message shows what changed, and backers get one digest of all changes', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    await click(ACTIONS.adjustProposal, PROPOSER);
    expect((await app.slack.waitFor('views.open')).args).toMatchObject({
      view: { callback_id: CALLBACKS.adjustProposal },
    });
    const adjust = (values: ReturnType<typeof proposalFormValues>) =>
      app.submit({ callbackId: CALLBACKS.adjustProposal, userId: PROPOSER, privateMetadata: proposalId, values });

    await adjust(proposalFormValues({ length: '1 day', channelId: null }));
    expect(await board(`length: 2 days → 1 day, adjusted by <@${PROPOSER}>`)).not.toContain('after feedback');
    await adjust(proposalFormValues({ length: '1 day', frequency: 'quarterly', channelId: null }));
    time.advance(10 * 60_000);
    await app.idle();

    const digests = app.slack
      .callsTo('chat.postMessage')
      .filter((call) => call.args.channel === 'U201' && textOf(call.args).includes('adjusted'));
    expect(digests).toHaveLength(1);
    expect(textOf(digests[0]?.args)).toContain('length: 2 days → 1 day');
    expect(textOf(digests[0]?.args)).toContain('frequency: every month → every 3 months');
  });

  it('when an admin adjusts it, then its proposer gets the digest too, and the admin, though a backer, does not', async () => {
    await proposed();
    await click(ACTIONS.backProposal, ADMIN);
    await app.submit({
      callbackId: CALLBACKS.adjustProposal,
      userId: ADMIN,
      privateMetadata: proposalId,
      values: proposalFormValues({ length: '1 day', channelId: null }),
    });
    await board(`length: 2 days → 1 day, adjusted by <@${ADMIN}>`);
    time.advance(10 * 60_000);
    await app.idle();

    const digestsTo = (userId: string) =>
      app.slack
        .callsTo('chat.postMessage')
        .filter((call) => call.args.channel === userId && textOf(call.args).includes('length: 2 days → 1 day'));
    expect(digestsTo(PROPOSER)).toHaveLength(1);
    expect(textOf(digestsTo(PROPOSER)[0]?.args)).toContain(`<@${ADMIN}> adjusted your proposal *Winter Hackfest*:`);
    expect(digestsTo(ADMIN)).toEqual([]);
  });

  it('when the proposer adjusts it again a while later, then backers get the digest of both ten minutes after the first', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    const adjust = (values: ReturnType<typeof proposalFormValues>) =>
      app.submit({ callbackId: CALLBACKS.adjustProposal, userId: PROPOSER, privateMetadata: proposalId, values });

    await adjust(proposalFormValues({ length: '1 day', channelId: null }));
    await board('length: 2 days → 1 day');
    time.advance(9 * 60_000);
    await adjust(proposalFormValues({ length: '1 day', frequency: 'quarterly', channelId: null }));
    await board('frequency: every month → every 3 months');
    time.advance(60_000);

    const digest = await dmTo('U201', 'adjusted');
    expect(digest).toContain('length: 2 days → 1 day');
    expect(digest).toContain('frequency: every month → every 3 months');
  });

  it('when the proposer adjusts what someone suggested a change to, then the message and digest say it was after feedback', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    await app.submit({
      callbackId: CALLBACKS.suggestChange,
      userId: 'U201',
      privateMetadata: proposalId,
      values: suggestionFormValues('length', 'One day is plenty'),
    });

    await app.submit({
      callbackId: CALLBACKS.adjustProposal,
      userId: PROPOSER,
      privateMetadata: proposalId,
      values: proposalFormValues({ length: '1 day', channelId: null }),
    });

    expect(await board('length: 2 days → 1 day, adjusted after feedback')).toContain('1 day');
    time.advance(10 * 60_000);
    const digest = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U201' && textOf(call.args).includes('adjusted'),
    );
    expect(textOf(digest.args)).toContain('length: 2 days → 1 day, after feedback');
  });

  it('when someone else clicks Adjust or Schedule it, then they are refused and nothing changes; an admin may', async () => {
    await proposed();

    expect(textOf(await (await click(ACTIONS.adjustProposal, 'U201')).reply())).toContain('Only <@U111>');
    expect(textOf(await (await click(ACTIONS.scheduleProposal, 'U201')).reply())).toContain('Only <@U111>');
    const refused = await app.submit({
      callbackId: CALLBACKS.adjustProposal,
      userId: 'U201',
      privateMetadata: proposalId,
      values: proposalFormValues({ length: '1 day', channelId: null }),
    });
    expect(refused.body).toMatchObject({
      response_action: 'errors',
      errors: { [FIELDS.title]: expect.stringContaining('Only') },
    });
    expect(app.slack.callsTo('views.open')).toEqual([]);

    await click(ACTIONS.adjustProposal, ADMIN);
    expect((await app.slack.waitFor('views.open')).args).toMatchObject({
      view: { callback_id: CALLBACKS.adjustProposal },
    });
  });

  it('when the proposer schedules it, then the form is prefilled, and once scheduled the proposal says when and backers are told', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    await click(ACTIONS.scheduleProposal, PROPOSER);

    const opened = await app.slack.waitFor('views.open');
    expect(opened.args).toMatchObject({ view: { callback_id: CALLBACKS.schedule, private_metadata: proposalId } });
    const form = textOf(opened.args);
    expect(form).toContain('"initial_value":"Winter Hackfest"');
    expect(form).toContain('"initial_value":"2 days"');
    expect(form).toContain('"initial_value":"Ship the ideas we never get to."');
    expect(form).toContain('"initial_option":{"text":{"type":"plain_text","text":"Monthly, same weekday');

    const startsAt = Date.parse('2026-12-11T13:00:00Z');
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: PROPOSER,
      privateMetadata: proposalId,
      values: scheduleFormValues({ startsAt, length: '2 days', recurrence: 'none' }),
    });

    expect(await board('Scheduled:')).not.toContain(ACTIONS.backProposal);
    expect(await dmTo('U201', 'is on the calendar')).toContain('Winter Hackfest');
    const list = await (await app.command('list', { userId: 'U201' })).reply();
    expect(textOf(list)).not.toContain('Open proposals');
  });

  it('when the hackfest it became is rescheduled, then the proposal does not keep showing the old date', async () => {
    await proposed();
    const startsAt = Date.parse('2026-12-11T13:00:00Z');
    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: PROPOSER,
      privateMetadata: proposalId,
      values: scheduleFormValues({ startsAt, title: 'Winter Hackfest' }),
    });
    const moved = await (
      await app.command('reschedule "Winter Hackfest" 2026-12-18 14:00', { userId: PROPOSER })
    ).reply();
    expect(textOf(moved)).toContain('now starts');

    const proposal = await board('Scheduled:');
    expect(proposal).toContain('see the announcement in <#C111> for its date and line-up');
    expect(proposal).not.toContain(`<!date^${startsAt / 1000}^`);
  });

  it('when the proposer schedules it in another channel, then the proposal and later clicks point to that channel', async () => {
    await proposed();

    await app.submit({
      callbackId: CALLBACKS.schedule,
      userId: PROPOSER,
      privateMetadata: proposalId,
      values: scheduleFormValues({ startsAt: Date.parse('2026-12-11T13:00:00Z'), channelId: 'C222' }),
    });

    expect(await board('Scheduled:')).toContain('see the announcement in <#C222>');
    const refused = textOf(await (await click(ACTIONS.suggestChange, 'U201')).reply());
    expect(refused).toContain('see its announcement in <#C222>');
  });

  it('when people list hackfests or open their App Home, then open proposals are shown with their backing', async () => {
    await proposed();
    await click(ACTIONS.backProposal, 'U201');
    app.slack.handle('users.conversations', memberOf('C111'));

    const list = textOf(await (await app.command('list', { userId: 'U202' })).reply());
    expect(list).toContain('Open proposals in this channel');
    expect(list).toContain('1 backing');
    expect(list).not.toContain('you among them');
    expect(textOf(await (await app.command('list', { userId: 'U201' })).reply())).toContain(
      '1 backing, you among them',
    );
    await app.event(appHomeOpened({ userId: 'U202' }));
    const home = textOf((await app.slack.waitFor('views.publish')).args);
    expect(home).toContain('Open proposals');
    expect(home).toContain(ACTIONS.backProposal);
  });

  it('when someone backs a proposal from their App Home, then their Home shows the new backing, theirs among it, and offers to withdraw it', async () => {
    await proposed();
    app.slack.handle('users.conversations', memberOf('C111'));
    await app.event(appHomeOpened({ userId: 'U202' }));
    expect(textOf((await app.slack.waitFor('views.publish')).args)).toContain('0 backing');

    await app.click({ actionId: ACTIONS.backProposal, value: proposalId, userId: 'U202' });

    const republished = await app.slack.waitFor('views.publish', (call) => textOf(call.args).includes('1 backing'));
    expect(republished.args.user_id).toBe('U202');
    expect(textOf(republished.args)).toContain('1 backing, you among them');
    expect(textOf(republished.args)).toContain('"text":"Withdraw backing"');
  });

  it('when someone opens their App Home, then it shows the proposals in their channels, not one in a private channel they are not in', async () => {
    await proposed();
    await propose(proposalFormValues({ title: 'Secret Hackfest', channelId: 'G999' }));
    await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'G999');
    app.slack.handle('users.conversations', memberOf('C111'));

    await app.event(appHomeOpened({ userId: 'U202' }));

    const home = textOf((await app.slack.waitFor('views.publish')).args);
    expect(home).toContain('Winter Hackfest');
    expect(home).not.toContain('Secret Hackfest');
  });
});
