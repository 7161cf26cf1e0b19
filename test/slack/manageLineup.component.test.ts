import type { ModalView, SectionBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues } from '../support/forms.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const ORGANIZER = 'U111';
const STRANGER = 'U999';
const textOf = (value: unknown) => JSON.stringify(value);

/** A demo's row in the modal: its title, and what its menu or button offers (`up:<demo id>`, `remove:<demo id>`). */
type Row = { title: string; offers: string[] };

function rowsOf(view: ModalView): Row[] {
  return (view.blocks as SectionBlock[]).flatMap((block) => {
    if (block.type !== 'section' || !block.accessory || !block.text) return [];
    const title = block.text.text.match(/\*([^*]+)\*/)?.[1] ?? '';
    const accessory = block.accessory as { action_id?: string; value?: string; options?: { value: string }[] };
    const offers =
      accessory.action_id === ACTIONS.removeWaiting
        ? [`remove:${accessory.value}`]
        : (accessory.options ?? []).map((option) => option.value);
    return [{ title, offers }];
  });
}

/** What the modal offers on each demo's row, by title, without the ids. */
const offersByTitle = (view: ModalView) =>
  Object.fromEntries(rowsOf(view).map(({ title, offers }) => [title, offers.map((offer) => offer.split(':')[0])]));

/** The value behind `offer` (e.g. `up`) on the row of `title`. */
const offer = (view: ModalView, title: string, what: string): string => {
  const value = rowsOf(view)
    .find((row) => row.title === title)
    ?.offers.find((each) => each.startsWith(`${what}:`));
  if (!value) throw new Error(`no ${what} on ${title}`);
  return value;
};

describe('the "Manage line-up" modal', () => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;

  const signUp = (userId: string, title: string) =>
    app.submit({
      callbackId: CALLBACKS.signUp,
      userId,
      privateMetadata: hackfestId,
      values: demoFormValues({ title }),
    });
  /** The organizer opens the modal from the announcement. */
  const open = async (): Promise<ModalView> => {
    const before = app.slack.callsTo('views.open').length;
    await app.click({ actionId: ACTIONS.manageLineup, value: hackfestId, userId: ORGANIZER, messageTs: '1.1' });
    const opened = await app.slack.waitFor(
      'views.open',
      (call) => app.slack.callsTo('views.open').indexOf(call) >= before,
    );
    return opened.args.view as ModalView;
  };
  /** Clicks in the open modal as `userId`, and resolves with the modal as the app redrew it. */
  const clickInModal = async (userId: string, input: { actionId: string; value?: string; selectedOption?: string }) => {
    const before = app.slack.callsTo('views.update').length;
    await app.click({ ...input, userId, view: { id: 'V-lineup', type: 'modal', private_metadata: hackfestId } });
    const update = await app.slack.waitFor(
      'views.update',
      (call) => app.slack.callsTo('views.update').indexOf(call) >= before,
    );
    return update.args.view as ModalView;
  };
  /** The announcement's board, once it shows `contains` and not `lacks`. */
  const board = (contains: string, lacks = '\u0000') =>
    app.slack
      .waitFor('chat.update', (call) => textOf(call.args).includes(contains) && !textOf(call.args).includes(lacks))
      .then((call) => textOf(call.args));
  /**
   * Whether the announcement is redrawn after the calls so far. Its updates are coalesced on the wall clock, one a
   * second at most, so a redraw that was asked for comes within a second and a half.
   */
  const redrawnAfter = (updatesSoFar: number) =>
    app.slack
      .waitFor('chat.update', (call) => app.slack.callsTo('chat.update').indexOf(call) >= updatesSoFar, 1_500)
      .then(
        () => true,
        () => false,
      );

  beforeEach(async () => {
    time = new FakeTime(NOW);
    app = await startTestApp('socket', { time });
    hackfestId = await app.schedule('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 3', ORGANIZER);
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when an organizer opens it, then only the moves that change something are offered, and the waitlist is listed with a way to remove each', async () => {
    for (const [index, title] of ['First', 'Second', 'Third', 'Waiting'].entries()) await signUp(`U20${index}`, title);

    const modal = await open();

    expect(offersByTitle(modal)).toEqual({
      First: ['down', 'end'],
      Second: ['up', 'down'],
      Third: ['up'],
      Waiting: ['remove'],
    });
    expect(textOf(modal)).toContain('3/3 on stage, 1 waiting');
    expect(textOf(modal)).toContain('*Waitlist* (1)');
  });

  it('when a stale "Move up" arrives for the demo already first, then nothing moves, no one is told, and the announcement is not redrawn', async () => {
    for (const [index, title] of ['First', 'Second'].entries()) await signUp(`U20${index}`, title);
    const modal = await open();
    const secondUp = offer(modal, 'Second', 'up');
    await clickInModal(ORGANIZER, { actionId: ACTIONS.moveDemo, selectedOption: secondUp });
    await board('1. *Second*');
    const updatesSoFar = app.slack.callsTo('chat.update').length;
    const dmsSoFar = app.slack.callsTo('chat.postMessage').length;

    // A second click on the menu as it was: Second is first already.
    const redrawn = await clickInModal(ORGANIZER, { actionId: ACTIONS.moveDemo, selectedOption: secondUp });

    expect(rowsOf(redrawn).map((row) => row.title)).toEqual(['Second', 'First']);
    expect(await redrawnAfter(updatesSoFar)).toBe(false);
    expect(app.slack.callsTo('chat.postMessage').length).toBe(dmsSoFar);
  });

  it('when an organizer moves their own demo far, then they are not sent a DM about what they just did', async () => {
    await signUp(ORGANIZER, 'First');
    await signUp('U202', 'Second');
    await signUp('U203', 'Third');
    const modal = await open();

    await clickInModal(ORGANIZER, { actionId: ACTIONS.moveDemo, selectedOption: offer(modal, 'First', 'end') });
    await board('3. *First*');

    expect(app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === ORGANIZER)).toEqual([]);
  });

  it('when an organizer removes a demo from the waitlist, then the modal and the board no longer list it and its presenter is told', async () => {
    for (const [index, title] of ['First', 'Second', 'Third', 'Waiting', 'Later'].entries())
      await signUp(`U20${index}`, title);
    const modal = await open();

    const redrawn = await clickInModal(ORGANIZER, {
      actionId: ACTIONS.removeWaiting,
      value: offer(modal, 'Waiting', 'remove').split(':')[1],
    });

    expect(offersByTitle(redrawn)).toEqual({
      First: ['down', 'end'],
      Second: ['up', 'down'],
      Third: ['up'],
      Later: ['remove'],
    });
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U203');
    expect(textOf(told.args)).toContain('is off the waitlist of *Winter Hackfest*');
    expect(textOf(told.args)).toContain(`<@${ORGANIZER}>`);
    expect(await board('1. *Later*', '*Waiting*')).toContain('*Waitlist* (1)');
  });

  it('before the deadline, then it says until when sign-ups are open, and its button keeps them open until the end', async () => {
    const modal = await open();

    expect(textOf(modal)).toContain('Sign-ups are open until <!date^');
    expect(textOf(modal)).toContain('Keep sign-ups open until the end');
    expect(textOf(modal)).not.toContain('Reopen');
  });

  it('when the deadline has passed, then it says since when sign-ups are closed; reopening says an organizer reopened them and offers to close them', async () => {
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    const modal = await open();
    expect(textOf(modal)).toContain('Sign-ups closed <!date^');
    expect(textOf(modal)).toContain('"text":"Reopen sign-ups"');

    const reopened = await clickInModal(ORGANIZER, {
      actionId: ACTIONS.toggleSignups,
      value: elementValue(modal, ACTIONS.toggleSignups),
    });

    expect(textOf(reopened)).toContain('an organizer reopened them until the hackfest ends');
    expect(textOf(reopened)).toContain('"text":"Close sign-ups"');
    const closed = await clickInModal(ORGANIZER, {
      actionId: ACTIONS.toggleSignups,
      value: elementValue(reopened, ACTIONS.toggleSignups),
    });
    expect(textOf(closed)).toContain('Sign-ups closed <!date^');
  });

  it('when an organizer reopens sign-ups after the deadline, then the announcement offers to sign up until the hackfest ends', async () => {
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    const modal = await open();

    await clickInModal(ORGANIZER, {
      actionId: ACTIONS.toggleSignups,
      value: elementValue(modal, ACTIONS.toggleSignups),
    });

    const end = Date.parse('2026-12-11T16:00:00Z') / 1000;
    const reopened = await board(`Sign-ups close <!date^${end}^`);
    expect(reopened).toContain(`"action_id":"${ACTIONS.signUp}"`);
  });

  it('when sign-ups reopened after the deadline and the hackfest ends, then the announcement no longer offers to sign up', async () => {
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    const modal = await open();
    await clickInModal(ORGANIZER, {
      actionId: ACTIONS.toggleSignups,
      value: elementValue(modal, ACTIONS.toggleSignups),
    });
    await board(`"action_id":"${ACTIONS.signUp}"`);
    const updatesSoFar = app.slack.callsTo('chat.update').length;

    time.advance(Date.parse('2026-12-11T16:00:00Z') - time.now());
    await app.idle();

    const over = await app.slack.waitFor(
      'chat.update',
      (call) => app.slack.callsTo('chat.update').indexOf(call) >= updatesSoFar,
    );
    expect(textOf(over.args)).toContain(':lock: Sign-ups are closed.');
    expect(textOf(over.args)).not.toContain(`"action_id":"${ACTIONS.signUp}"`);
  });

  it('when someone claims a role while an admin keeps sign-ups open, then both changes hold', async () => {
    const ADMIN = 'U500';
    let answerAdmin = () => {};
    const adminAsked = new Promise<void>((asked) => {
      app.slack.handle('users.info', async (args) => {
        if (args.user === ADMIN) {
          asked();
          // Slack is slow to say who the admin is: meanwhile, someone claims the emcee role.
          await new Promise<void>((answer) => {
            answerAdmin = answer;
          });
        }
        return { ok: true, user: { id: args.user, is_admin: args.user === ADMIN, tz: 'Europe/Berlin' } };
      });
    });
    const modal = await open();

    const toggled = clickInModal(ADMIN, {
      actionId: ACTIONS.toggleSignups,
      value: elementValue(modal, ACTIONS.toggleSignups),
    });
    await adminAsked;
    await app.click({
      actionId: `${ACTIONS.claimRole}:emcee`,
      value: `claim:emcee:${hackfestId}`,
      userId: 'U201',
      messageTs: '1.1',
    });
    await board('*Emcee*: <@U201>');
    answerAdmin();
    await toggled;

    const end = Date.parse('2026-12-11T16:00:00Z') / 1000;
    expect(await board(`Sign-ups close <!date^${end}^`)).toContain('*Emcee*: <@U201>');
  });

  it('when an organizer reorders the stage while the show is on, then the modal says the emcee calls the demos now, nothing moves and no one is told', async () => {
    for (const [index, title] of ['First', 'Second', 'Third'].entries()) await signUp(`U20${index}`, title);
    const modal = await open();
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    await (await app.command('start', { userId: ORGANIZER })).reply();
    const dmsSoFar = app.slack.callsTo('chat.postMessage').length;

    for (const click of [
      { actionId: ACTIONS.moveDemo, selectedOption: offer(modal, 'Third', 'up') },
      { actionId: ACTIONS.shuffleLineup, value: hackfestId },
    ]) {
      const refused = await clickInModal(ORGANIZER, click);
      expect(textOf(refused)).toContain('the emcee calls the demos now');
      expect(textOf(refused)).toContain('Nothing was changed');
    }

    expect(app.slack.callsTo('chat.postMessage').length).toBe(dmsSoFar);
    expect(rowsOf(await open()).map((row) => row.title)).toEqual(['First', 'Second', 'Third']);
  });

  it('when someone who is not an organizer clicks in a line-up modal, then the modal itself says why, nothing changes, and no DM is sent', async () => {
    for (const [index, title] of ['First', 'Second', 'Third', 'Waiting'].entries()) await signUp(`U20${index}`, title);
    const modal = await open();
    const dmsSoFar = app.slack.callsTo('chat.postMessage').length;

    for (const click of [
      { actionId: ACTIONS.moveDemo, selectedOption: offer(modal, 'First', 'end') },
      { actionId: ACTIONS.removeWaiting, value: offer(modal, 'Waiting', 'remove').split(':')[1] },
      { actionId: ACTIONS.shuffleLineup, value: hackfestId },
    ]) {
      const refused = await clickInModal(STRANGER, click);
      expect(textOf(refused)).toContain('Only the organizers of *Winter Hackfest*');
      expect(textOf(refused)).toContain('Nothing was changed');
    }

    expect(app.slack.callsTo('chat.postMessage').length).toBe(dmsSoFar);
    expect(offersByTitle(await open())).toEqual({
      First: ['down', 'end'],
      Second: ['up', 'down'],
      Third: ['up'],
      Waiting: ['remove'],
    });
  });
});
