import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS, FIELDS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { cancelConfirmed } from '../support/cancel.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues, signedUpView } from '../support/forms.ts';
import { type Mode, startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const ORGANIZER = 'U111';
const textOf = (value: unknown) => JSON.stringify(value);

describe.each<Mode>(['socket', 'http'])('demo sign-ups in %s mode', (mode) => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;

  /** Schedules a hackfest with this many slots. */
  async function schedule(slots: number): Promise<void> {
    hackfestId = await app.schedule(`schedule "Winter Hackfest" 2026-12-11 14:00 3h slots ${slots}`, ORGANIZER);
  }
  const signUp = (
    userId: string,
    title: string,
    extra: Parameters<typeof demoFormValues>[0] extends infer T ? Partial<T> : never = {},
  ) =>
    app.submit({
      callbackId: CALLBACKS.signUp,
      userId,
      privateMetadata: hackfestId,
      values: demoFormValues({ title, ...extra }),
    });
  /** The organizer allows several demos each, in *Manage line-up*. */
  async function allowSeveralDemosEach(): Promise<void> {
    await app.click({ actionId: ACTIONS.manageLineup, value: hackfestId, userId: ORGANIZER, messageTs: '1.1' });
    const modal = await app.slack.waitFor('views.open');
    await app.click({
      actionId: ACTIONS.toggleOneDemoEach,
      value: elementValue(modal.args.view, ACTIONS.toggleOneDemoEach),
      userId: ORGANIZER,
      view: { id: 'V-lineup', type: 'modal', private_metadata: hackfestId },
    });
    await app.slack.waitFor('views.update');
  }
  /** A click on *Withdraw* on the announcement. */
  const withdraw = (userId: string) =>
    app.click({ actionId: ACTIONS.withdraw, value: hackfestId, userId, messageTs: '1.1' });
  /** The board as updated to show `contains` (and not `lacks`), waiting for the coalesced update. */
  const board = (contains: string, lacks?: string) =>
    app.slack
      .waitFor(
        'chat.update',
        (call) => textOf(call.args).includes(contains) && !(lacks && textOf(call.args).includes(lacks)),
      )
      .then((call) => textOf(call.args));

  beforeEach(async () => {
    time = new FakeTime(NOW);
    app = await startTestApp(mode, { time });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when someone clicks "Sign up to demo" and submits the form, then they are told their place and the board shows them', async () => {
    await schedule(8);
    await app.click({
      actionId: ACTIONS.signUp,
      value: hackfestId,
      userId: 'U201',
      messageTs: '1.1',
      triggerId: 't-1',
    });
    const { view: form } = (await app.slack.waitFor('views.open')).args as { view: ModalView };
    expect(form.callback_id).toBe(CALLBACKS.signUp);
    const teamPicker = form.blocks.find((block) => block.block_id === FIELDS.team);
    expect(teamPicker).toMatchObject({ element: { type: 'multi_users_select', max_selected_items: 10 } });

    const submitted = await signUp('U201', 'Pizza bot', { team: ['U202'] });

    const confirmation = signedUpView(submitted);
    expect(confirmation).toContain('number 1 in the line-up');
    expect(confirmation).toContain('<!date^');
    const shown = await board('Pizza bot');
    expect(shown).toContain('1/8 slots taken');
    expect(shown).toContain('<@U202>');
  });

  it('when an owner puts people on their team, edits it, and one leaves, then each person concerned is told by DM', async () => {
    await schedule(8);
    const dmTo = (userId: string, contains: string) =>
      app.slack.waitFor(
        'chat.postMessage',
        (call) => call.args.channel === userId && textOf(call.args).includes(contains),
      );

    await signUp('U201', 'Pizza bot', { team: ['U202', 'U203'] });
    expect(textOf((await dmTo('U202', 'put you on the team')).args)).toContain(
      '<@U201> put you on the team of *Pizza bot* at *Winter Hackfest*',
    );
    await dmTo('U203', 'put you on the team');
    await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot', team: ['U202', 'U204'] }),
    });
    await dmTo('U203', 'took you off the team of *Pizza bot*');
    await dmTo('U204', 'put you on the team of *Pizza bot*');
    await (await withdraw('U202')).reply();

    expect(textOf((await dmTo('U201', 'left the team')).args)).toContain('<@U202> left the team of *Pizza bot*');
    const dmsToU202 = app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === 'U202');
    expect(dmsToU202).toHaveLength(1);
  });

  it('when the slots are full, then the next person joins the waitlist and is told their place there', async () => {
    await schedule(1);
    await signUp('U201', 'Pizza bot');

    const waiting = await signUp('U202', 'Coffee tracker');

    expect(signedUpView(waiting)).toContain('number 1 on the waitlist');
    expect(await board('Waitlist* (1)')).toContain('Coffee tracker');
  });

  it('when someone on stage withdraws, then the first on the waitlist is promoted and told by DM', async () => {
    await schedule(1);
    await signUp('U201', 'Pizza bot');
    await signUp('U202', 'Coffee tracker');

    const withdrawn = await withdraw('U201');

    expect(textOf(await withdrawn.reply())).toContain(
      "*Pizza bot* is withdrawn. <@U202>'s *Coffee tracker* moves up from the waitlist and has been told.",
    );
    const dm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U202');
    expect(textOf(dm.args)).toContain('number 1 in the line-up');
    expect(await board('Coffee tracker', 'Pizza bot')).toContain('1/1 slots taken');
  });

  it('when the announcement offers "Withdraw", then its confirm dialog tells team members they only leave the team', async () => {
    await schedule(8);

    const announcement = app.slack.messagesIn('C111').find((message) => textOf(message).includes(ACTIONS.withdraw));

    expect(textOf(announcement)).toContain("If it is someone else's demo, you only leave its team.");
  });

  it('when the owner withdraws a demo with a team, then its team members are told by DM', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    await withdraw('U201');

    const dm = await app.slack.waitFor(
      'chat.postMessage',
      (call) => call.args.channel === 'U202' && textOf(call.args).includes('withdrew'),
    );
    expect(textOf(dm.args)).toContain('<@U201> withdrew *Pizza bot* from *Winter Hackfest*');
  });

  it('when someone on stage withdraws and nobody waits, then they hear their slot is free again', async () => {
    await schedule(2);
    await signUp('U201', 'Pizza bot');

    const withdrawn = await withdraw('U201');

    expect(textOf(await withdrawn.reply())).toContain('*Pizza bot* is withdrawn; the slot is free again.');
  });

  it('when someone on the waitlist withdraws, then they hear they left the waitlist and nobody moves up', async () => {
    await schedule(1);
    await signUp('U201', 'Pizza bot');
    await signUp('U202', 'Coffee tracker');

    const withdrawn = await withdraw('U202');

    expect(textOf(await withdrawn.reply())).toContain('*Coffee tracker* is withdrawn from the waitlist.');
  });

  it('when someone already presents a demo, then a second sign-up is refused inline in plain words and nothing changes', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    const again = await signUp('U202', 'Another idea');

    expect(again.body).toEqual({
      response_action: 'errors',
      errors: {
        [FIELDS.title]:
          'You already present a demo at Winter Hackfest: one demo each. Use Edit my demo on its announcement to change yours.',
      },
    });
    expect(textOf(await (await app.command('list')).reply())).toContain('1/8 demo slots taken');
  });

  it('when someone who already presents asks to sign up again, then they are told before filling in the form', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    const clicked = await app.click({ actionId: ACTIONS.signUp, value: hackfestId, userId: 'U202', messageTs: '1.1' });
    const typed = await app.command('signup', { userId: 'U201' });

    for (const reply of [await clicked.reply(), await typed.reply()])
      expect(textOf(reply)).toContain('already presents a demo at *Winter Hackfest*: one demo each.');
    expect(app.slack.callsTo('views.open')).toEqual([]);
  });

  it('when a form names a teammate who already presents, then the team field says so in plain words and nothing changes', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    const withTeammate = await signUp('U203', 'Another idea', { team: ['U202'] });

    expect(withTeammate.body).toEqual({
      response_action: 'errors',
      errors: {
        [FIELDS.team]:
          'One person in this team already presents a demo at Winter Hackfest: one demo each. Leave them out, or ask them to add you to theirs.',
      },
    });
    expect(textOf(await (await app.command('list')).reply())).toContain('1/8 demo slots taken');
  });

  it('when an organizer allows several demos each, then a person may sign up a second demo', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot');
    await allowSeveralDemosEach();
    const second = await signUp('U201', 'Coffee tracker');

    expect(signedUpView(second)).toContain('number 2 in the line-up');
    expect(await board('Coffee tracker')).toContain('2/8 slots taken');
  });

  it('when the same submission arrives twice (a retry), then there is one demo', async () => {
    await schedule(8);

    const [first, retry] = await Promise.all([signUp('U201', 'Pizza bot'), signUp('U201', 'Pizza bot')]);

    expect(signedUpView(first)).toContain('number 1 in the line-up');
    expect(signedUpView(retry)).toEqual(signedUpView(first));

    expect(await board('1/8 slots taken')).toContain('Pizza bot');
    const listed = textOf(await (await app.command('list')).reply());
    expect(listed).toContain('1/8 demo slots taken');
  });

  it('when a payload carries a NUL in an id (PostgreSQL cannot store one), then it is read without it', async () => {
    await schedule(8);

    const submitted = await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U201',
      privateMetadata: `${hackfestId}\u0000`,
      values: demoFormValues({ title: 'Pizza bot' }),
    });

    expect(signedUpView(submitted)).toContain('number 1 in the line-up');
  });

  it('when the form is wrong, then the errors come back inline and nothing is saved', async () => {
    await schedule(8);

    const submitted = await signUp('U201', '', { length: '20m' });

    expect(submitted.body).toMatchObject({ response_action: 'errors' });
    expect(Object.keys((submitted.body as { errors: object }).errors).sort()).toEqual(
      [FIELDS.length, FIELDS.title].sort(),
    );
    expect(textOf(await (await app.command('list')).reply())).toContain('0/8 demo slots taken');
  });

  it('when the length cannot be read and demos last 3 minutes, then the example in the error fits that length', async () => {
    hackfestId = await app.schedule('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 3m', ORGANIZER);

    const submitted = await signUp('U201', 'Pizza bot', { length: 'five minutes' });

    expect(submitted.body).toEqual({
      response_action: 'errors',
      errors: { [FIELDS.length]: 'Ask for up to 3m, e.g. 3m.' },
    });
  });

  it('when sign-ups have closed, then a late click is told so and nothing changes, until an organizer reopens them', async () => {
    await schedule(8);
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);

    const late = await app.click({ actionId: ACTIONS.signUp, value: hackfestId, userId: 'U201', messageTs: '1.1' });
    expect(textOf(await late.reply())).toContain('closed');
    expect((await signUp('U201', 'Pizza bot')).body).toMatchObject({ response_action: 'errors' });

    await app.click({ actionId: ACTIONS.manageLineup, value: hackfestId, userId: ORGANIZER, messageTs: '1.1' });
    const modal = await app.slack.waitFor('views.open');
    await app.click({
      actionId: ACTIONS.toggleSignups,
      value: elementValue(modal.args.view, ACTIONS.toggleSignups),
      userId: ORGANIZER,
      view: { id: 'V-lineup', type: 'modal', private_metadata: hackfestId },
    });
    await app.slack.waitFor('views.update');

    expect(signedUpView(await signUp('U201', 'Pizza bot'))).toContain('number 1 in the line-up');
  });

  it('when the sign-up deadline passes, then the announcement no longer offers or invites sign-ups and says they are closed', async () => {
    await schedule(8);

    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    await app.idle();

    const closed = await board(':lock: Sign-ups are closed.');
    expect(closed).not.toContain(`"action_id":"${ACTIONS.signUp}"`);
    expect(closed).toContain('No demos yet.');
  });

  it('when the hackfest is cancelled, then a late sign-up, edit or withdrawal is refused as cancelled', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot');
    await cancelConfirmed(app, 'Winter Hackfest', ORGANIZER);
    const cancelled = '*Winter Hackfest* is already cancelled. Nothing was changed.';

    expect(textOf((await signUp('U202', 'Coffee tracker')).body)).toContain('Winter Hackfest is already cancelled.');
    const edited = await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot 2.0' }),
    });
    expect(textOf(edited.body)).toContain('Winter Hackfest is already cancelled.');
    expect(textOf(await (await withdraw('U201')).reply())).toContain(cancelled);
    expect(
      textOf(
        await (
          await app.click({ actionId: ACTIONS.editDemo, value: hackfestId, userId: 'U201', messageTs: '1.1' })
        ).reply(),
      ),
    ).toContain(cancelled);
  });

  it('when someone with no demo withdraws after sign-ups closed, then they are not told to sign up as if they could', async () => {
    await schedule(8);
    time.advance(Date.parse('2026-12-11T13:30:00Z') - NOW);

    const reply = textOf(await (await withdraw('U201')).reply());

    expect(reply).toContain(
      'You have no demo at *Winter Hackfest*. While its sign-ups are open, *Sign up to demo* adds one.',
    );
  });

  it('when the owner edits their demo, then the board shows the change', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot');

    await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot 2.0' }),
    });

    expect(await board('Pizza bot 2.0')).toContain('1/8 slots taken');
  });

  it('when a team member clicks "Edit my demo", then they hear it is the owner\'s to edit and how to leave its team', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    const clicked = await app.click({
      actionId: ACTIONS.editDemo,
      value: hackfestId,
      userId: 'U202',
      messageTs: '1.1',
    });

    expect(textOf(await clicked.reply())).toContain(
      "*Pizza bot* is <@U201>'s demo: only they can edit it. To leave its team, use *Withdraw*.",
    );
    expect(app.slack.callsTo('views.open')).toEqual([]);
  });

  it('when someone owns a demo and is in the team of an earlier one, then "Edit my demo" and "Withdraw" act on their own', async () => {
    await schedule(8);
    await allowSeveralDemosEach();
    await signUp('U201', 'Pizza bot', { team: ['U202'] });
    await signUp('U202', 'Coffee tracker');

    await app.click({ actionId: ACTIONS.editDemo, value: hackfestId, userId: 'U202', messageTs: '1.1' });
    const form = await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.editDemo));
    expect(textOf(form.args.view)).toContain('"initial_value":"Coffee tracker"');

    expect(textOf(await (await withdraw('U202')).reply())).toContain('*Coffee tracker* is withdrawn');
  });

  it('when an organizer moves the first demo to the end, then it is last and its presenter is told', async () => {
    await schedule(8);
    await signUp('U201', 'First');
    await signUp('U202', 'Second');
    await signUp('U203', 'Third');
    await app.click({ actionId: ACTIONS.manageLineup, value: hackfestId, userId: ORGANIZER, messageTs: '1.1' });
    const modal = await app.slack.waitFor('views.open');
    const toEnd = textOf(modal.args.view).match(/"value":"(end:[^"]+)"/)?.[1];

    await app.click({
      actionId: ACTIONS.moveDemo,
      selectedOption: toEnd,
      userId: ORGANIZER,
      view: { id: 'V-lineup', type: 'modal', private_metadata: hackfestId },
    });

    const updated = textOf((await app.slack.waitFor('views.update')).args);
    expect(updated.indexOf('Second')).toBeLessThan(updated.indexOf('Third'));
    expect(updated.indexOf('Third')).toBeLessThan(updated.indexOf('First'));
    const dm = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U201');
    expect(textOf(dm.args)).toContain('now number 3');
  });

  it('when someone who is not an organizer opens "Manage line-up", then they are refused', async () => {
    await schedule(8);

    const clicked = await app.click({
      actionId: ACTIONS.manageLineup,
      value: hackfestId,
      userId: 'U999',
      messageTs: '1.1',
    });

    expect(textOf(await clicked.reply())).toContain('Only the organizers');
    expect(app.slack.callsTo('views.open')).toEqual([]);
  });

  it('when an organizer reschedules, then everyone signed up is told by DM', async () => {
    await schedule(8);
    await signUp('U201', 'Pizza bot', { team: ['U202'] });

    await (await app.command('reschedule "Winter Hackfest" 2026-12-18 14:00', { userId: ORGANIZER })).reply();

    for (const presenter of ['U201', 'U202'])
      await app.slack.waitFor(
        'chat.postMessage',
        (call) => call.args.channel === presenter && textOf(call.args).includes('moved from'),
      );
  });

  it('when two hackfests here take sign-ups, then /hackfest signup asks which one', async () => {
    await schedule(8);
    await (await app.command('schedule "Spring Hackfest" 2027-03-12 14:00 3h', { userId: ORGANIZER })).reply();

    await app.command('signup', { userId: 'U201' });

    const open = await app.slack.waitFor('views.open');
    expect(textOf(open.args.view)).toContain('Spring Hackfest');
    expect(open.args.view).toMatchObject({ private_metadata: '' });
  });

  it('when the hackfests to choose from have different demo lengths, then the form offers a length that fits either', async () => {
    await schedule(8);
    await (await app.command('schedule "Spring Hackfest" 2027-03-12 14:00 3h demo 3m', { userId: ORGANIZER })).reply();

    await app.command('signup', { userId: 'U201' });

    const { view } = (await app.slack.waitFor('views.open')).args as { view: ModalView };
    expect(view.blocks.find((block) => block.block_id === FIELDS.length)).toMatchObject({
      element: { initial_value: '3m' },
      hint: { text: "Up to the picked hackfest's demo length, e.g. 3m" },
    });
  });

  it('when someone types /hackfest signup with a title, then the form opens for that hackfest', async () => {
    await schedule(8);
    await (await app.command('schedule "Spring Hackfest" 2027-03-12 14:00 3h', { userId: ORGANIZER })).reply();

    await app.command('signup "spring hackfest"', { userId: 'U201' });

    const open = await app.slack.waitFor('views.open');
    expect(textOf(open.args.view)).toContain('Spring Hackfest');
    expect(textOf(open.args.view)).not.toContain('Winter Hackfest');
  });

  it('when the hackfest named in /hackfest signup has closed its sign-ups, then it says that one is closed', async () => {
    await schedule(8);
    await (await app.command('schedule "Spring Hackfest" 2027-03-12 14:00 3h', { userId: ORGANIZER })).reply();
    time.advance(Date.parse('2026-12-11T13:30:00Z') - NOW);

    const reply = textOf(await (await app.command('signup "Winter Hackfest"', { userId: 'U201' })).reply());

    expect(reply).toContain('Sign-ups for *Winter Hackfest* are closed.');
    expect(reply).not.toContain('No hackfest in this channel is open');
  });

  it('when no hackfest is coming up here, then /hackfest signup says so and how to find one', async () => {
    const reply = textOf(await (await app.command('signup', { userId: 'U201' })).reply());

    expect(reply).toContain('There is no upcoming hackfest in this channel');
    expect(reply).not.toContain('reopen');
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('when someone types /hackfest signup, then the form opens for the next hackfest here', async () => {
    await schedule(8);

    await app.command('signup', { userId: 'U201', triggerId: 't-2' });

    const open = await app.slack.waitFor('views.open');
    expect(open.args).toMatchObject({
      trigger_id: 't-2',
      view: { callback_id: CALLBACKS.signUp, private_metadata: hackfestId },
    });
  });
});

describe.each(engines)('a burst of sign-ups on $name', (engine) => {
  let app: TestApp;

  afterEach(async () => {
    expect(app.blockKitViolations()).toEqual([]);
    await app.stop();
  });

  it('when 500 people sign up at once for 8 slots, then exactly 8 present and 492 wait, and nobody sees an error', async () => {
    const database = await engine.create();
    app = await startTestApp('http', { database: database.database, time: new FakeTime(NOW) });
    try {
      await (
        await app.command('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8', { userId: ORGANIZER })
      ).reply();
      const announcement = app.slack.callsTo('chat.postMessage').find((call) => call.args.channel === 'C111');
      const hackfestId = elementValue(announcement?.args, ACTIONS.signUp) ?? '';
      const people = Array.from({ length: 500 }, (_, index) => `U${String(index).padStart(4, '0')}`);

      const acks = await Promise.all(
        people.map((userId) =>
          app.submit({
            callbackId: CALLBACKS.signUp,
            userId,
            privateMetadata: hackfestId,
            values: demoFormValues({ title: `Demo of ${userId}` }),
          }),
        ),
      );

      expect(acks.filter((ack) => ack.status !== 200 || textOf(ack.body ?? {}).includes('errors'))).toEqual([]);
      const final = await app.slack.waitFor(
        'chat.update',
        (call) => textOf(call.args).includes('Waitlist* (492)'),
        20_000,
      );
      expect(textOf(final.args)).toContain('8/8 slots taken');
      const places = acks.map((ack) => signedUpView(ack) ?? '');
      expect(places.filter((text) => text.includes('in the line-up'))).toHaveLength(8);
      expect(places.filter((text) => text.includes('on the waitlist'))).toHaveLength(492);
    } finally {
      await database.drop();
    }
  });
});
