import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../support/blocks.ts';
import { appHomeOpened } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { demoFormValues } from '../support/forms.ts';
import { RestartableApp } from '../support/restartableApp.ts';
import { type ShowSetUp, showReady } from '../support/showReady.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

/** The hackfest starts at 14:00 Berlin; the show starts then. */
const NOW = Date.parse('2026-11-23T09:00:00Z');
const START = Date.parse('2026-12-11T13:00:00Z');
const MIN = 60_000;
const ORGANIZER = 'U111';
const EMCEE = 'U500';
const STRANGER = 'U999';
const textOf = (value: unknown) => JSON.stringify(value);

/**
 * A fresh app with a Winter Hackfest whose show is ready to run: the emcee has the role and these demos are signed
 * up, in this order. The clock is at its start unless `early`.
 */
async function appWithShowReady(
  { slots, demos }: Pick<ShowSetUp, 'slots' | 'demos'>,
  { early = false } = {},
): Promise<{ app: TestApp; time: FakeTime; hackfestId: string }> {
  const time = new FakeTime(NOW);
  const app = await startTestApp('socket', { time });
  const hackfestId = await showReady(app, { organizerId: ORGANIZER, slots, demos, emceeId: EMCEE });
  if (!early) time.advance(START - NOW);
  return { app, time, hackfestId };
}

async function stopWellBehaved(app: TestApp): Promise<void> {
  expectWellBehaved(app);
  await app.stop();
}

describe('the run of show', () => {
  let app: TestApp;
  let time: FakeTime;
  let hackfestId: string;

  const posts = (contains: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => textOf(call.args).includes(contains));
  const gongs = () => posts('GONG!');
  /** Moves the clock and lets the app's due work that falls due run. */
  const advance = async (ms: number) => {
    time.advance(ms);
    await app.idle();
  };
  const ask = async (text: string, userId: string) => textOf(await (await app.command(text, { userId })).reply());
  const click = (actionId: string, userId: string, value: string = hackfestId) =>
    app.click({ actionId, value, userId, messageTs: '1.1' });
  const announcement = () => textOf(app.slack.messagesIn('C111')[0]);

  beforeEach(async () => {
    ({ app, time, hackfestId } = await appWithShowReady({
      slots: 8,
      demos: [
        ['U201', 'Pizza bot'],
        ['U202', 'Coffee tracker'],
      ],
    }));
  });
  afterEach(() => stopWellBehaved(app));

  it('when the emcee, a presenter and a newcomer open the Home tab, then each sees their own part', async () => {
    const home = async (userId: string) => {
      await app.event(appHomeOpened({ userId }));
      const published = await app.slack.waitFor('views.publish', (call) => call.args.user_id === userId);
      return textOf(published.args.view);
    };

    expect(await home(EMCEE)).toContain('you: emcee');
    expect(await home('U202')).toContain('presenting *Coffee tracker* (number 2)');
    expect(await home(ORGANIZER)).toContain('you: organizer');
    expect(await home('U777')).toContain('Propose a hackfest');
  });

  it('when the emcee has claimed the role, then the announcement names them and offers only the free role to claim', () => {
    const board = announcement();

    expect(board).toContain(`:microphone: *Emcee*: <@${EMCEE}>`);
    expect(board).toContain(':stopwatch: *Timekeeper*: nobody yet');
    expect(board).toContain('Be the timekeeper');
    expect(board).not.toContain('Be the emcee');
    expect(board).not.toContain('Release');
    expect(board).toContain('Step down as emcee (the emcee only)');
    expect(board).toContain('Free the role (organizers only)');
  });

  it('when someone else claims the emcee role or steps down from its menu, then they are told who has it and how to ask, and nothing changes', async () => {
    const board = announcement();
    const claimed = await click(`${ACTIONS.claimRole}:emcee`, STRANGER, `claim:emcee:${hackfestId}`);
    const steppedDown = await app.click({
      actionId: `${ACTIONS.releaseRole}:emcee`,
      selectedOption: `step-down:emcee:${hackfestId}`,
      userId: STRANGER,
      messageTs: '1.1',
    });
    await app.idle();

    for (const reply of [textOf(await claimed.reply()), textOf(await steppedDown.reply())]) {
      expect(reply).toContain(`<@${EMCEE}> is the emcee`);
      expect(reply).toContain(`Ask <@${EMCEE}> to step down`);
      expect(reply).toContain(`an organizer (<@${ORGANIZER}>)`);
      expect(reply).toContain('Nothing was changed');
    }
    expect(announcement()).toEqual(board);
  });

  it('when the emcee steps down from the menu, then the role is open to anyone again', async () => {
    const updatesBefore = app.slack.callsTo('chat.update').length;
    await app.click({
      actionId: `${ACTIONS.releaseRole}:emcee`,
      selectedOption: `step-down:emcee:${hackfestId}`,
      userId: EMCEE,
      messageTs: '1.1',
    });
    await app.slack.waitFor('chat.update', (call) => app.slack.callsTo('chat.update').indexOf(call) >= updatesBefore);

    expect(announcement()).toContain(':microphone: *Emcee*: nobody yet');
    expect(await ask('start', EMCEE)).toContain('Only the emcee, the timekeeper or the organizers');
  });

  it('when someone who does not run the show types /hackfest start, then they are refused and no show starts', async () => {
    expect(await ask('start', STRANGER)).toContain('Only the emcee, the timekeeper or the organizers');
    expect(posts('Now presenting')).toEqual([]);
  });

  it('when the emcee starts the show, then the channel sees who presents and the timer, and the next presenter is told', async () => {
    await app.command('start', { userId: EMCEE });

    const show = await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
    expect(textOf(show.args)).toContain('Pizza bot');
    expect(textOf(show.args)).toContain('5:00 left');
    expect(textOf(show.args)).toContain('Coffee tracker');
    const upNext = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U202');
    expect(textOf(upNext.args)).toContain("You're up next");
  });

  it('when the demo on stage has a line from its sign-up, then the run-of-show message shows it for the emcee to introduce', async () => {
    await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: 'U201',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Pizza bot', description: 'Orders <!channel> pizza\nwhen the build is green' }),
    });

    await app.command('start', { userId: EMCEE });

    const show = await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
    expect(textOf(show.args)).toContain('\\n> Orders &lt;!channel&gt; pizza when the build is green\\n');
  });

  it('when the presenter up next shortens their demo during the show, then it is called with its new length', async () => {
    await ask('start', EMCEE);
    await app.submit({
      callbackId: CALLBACKS.editDemo,
      userId: 'U202',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Coffee tracker', length: '3m' }),
    });

    await ask('next', EMCEE);

    const onStage = await app.slack.waitFor('chat.update', (call) =>
      textOf(call.args).includes('*Now presenting:* *Coffee tracker*'),
    );
    expect(textOf(onStage.args)).toContain('3:00 left');
  });

  it.each([
    ['not posted', false],
    ['posted, but its answer was lost', true],
  ])(
    'when the run-of-show message was %s at the start, then a second start gives the show its one message',
    async (_, madeIt) => {
      let failed = false;
      const post = app.slack.handle('chat.postMessage', async (args) => {
        const answer = () => post?.(args) ?? { ok: false, error: 'unknown_method' };
        if (failed || !String(args.text).includes('now presenting')) return answer();
        failed = true;
        if (madeIt) await answer();
        return { ok: false, error: 'internal_error' };
      });
      await (await app.command('start', { userId: EMCEE })).reply();

      expect(await ask('start', EMCEE)).toContain('The show is on.');
      await ask('next', EMCEE);

      const runOfShow = app.slack
        .messagesIn('C111')
        .filter((message) => String(message.text).includes('now presenting'));
      expect(runOfShow).toHaveLength(1);
      await app.slack.waitFor('chat.update', (call) =>
        textOf(call.args).includes('*Now presenting:* *Coffee tracker*'),
      );
    },
  );

  it('when the show starts, then the announcement says it is on and no longer offers to start it', async () => {
    await ask('start', EMCEE);

    const announcement = await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('The show is on'));
    expect(textOf(announcement.args)).not.toContain(ACTIONS.startShow);
  });

  it('when a demo reaches one minute left and then zero, then the warning and the gong each come once, on time', async () => {
    await ask('start', EMCEE);
    await app.idle();

    await advance(4 * MIN - 1_000);
    expect(posts('One minute left')).toEqual([]);
    await advance(1_000);
    expect(posts('One minute left')).toHaveLength(1);
    await advance(MIN - 1_000);
    expect(gongs()).toEqual([]);
    await advance(1_000);
    await advance(10 * MIN);

    expect(gongs()).toHaveLength(1);
    expect(textOf(gongs()[0]?.args)).toContain('<@U201>');
    expect(gongs()[0]?.args.metadata).toMatchObject({ event_type: 'hackfest_gong' });
    expect(app.slack.callsTo('reactions.add')).toHaveLength(1);
  });

  it('when the emcee moves on while the gong is being posted, then the next demo still gets its own gong', async () => {
    let releaseGong = () => {};
    const gongHeld = new Promise<void>((held) => {
      const post = app.slack.handle('chat.postMessage', async (args) => {
        if (textOf(args).includes('GONG!') && gongs().length === 1) {
          held();
          await new Promise<void>((release) => {
            releaseGong = release;
          });
        }
        return post?.(args) ?? { ok: false, error: 'unknown_method' };
      });
    });
    await ask('start', EMCEE);
    await app.idle();

    time.advance(5 * MIN);
    await gongHeld;
    expect(await ask('next', EMCEE)).toContain('Next presenter called');
    releaseGong();
    await app.idle();
    await advance(5 * MIN);

    expect(gongs()).toHaveLength(2);
    expect(textOf(gongs()[1]?.args)).toContain('*Coffee tracker* is out of time');
  });

  it('when a demo runs out of time, then the gong says so, without an overrun of 0:00', async () => {
    await ask('start', EMCEE);
    await app.idle();

    await advance(5 * MIN);

    expect(gongs()).toHaveLength(1);
    expect(textOf(gongs()[0]?.args)).toContain(':bell: GONG! *Pizza bot* is out of time. <@U201>, please wrap up.');
    expect(textOf(gongs()[0]?.args)).not.toContain('ran over');
  });

  it('when the timer is paused, then the gong waits, and after resuming it rings when the remaining time is up', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(2 * MIN);
    expect(await ask('pause', EMCEE)).not.toContain('Nothing was changed');

    await advance(10 * MIN);
    expect(gongs()).toEqual([]);
    await ask('resume', EMCEE);
    await app.idle();
    await advance(3 * MIN - 1_000);
    expect(gongs()).toEqual([]);
    await advance(1_000);

    expect(gongs()).toHaveLength(1);
  });

  it('when the demo is extended by a minute, then the gong rings a minute later', async () => {
    await ask('start', EMCEE);
    await app.idle();
    expect(await ask('extend 1m', EMCEE)).toContain('More time given: +1m.');
    await app.idle();

    await advance(5 * MIN);
    expect(gongs()).toEqual([]);
    await advance(MIN);

    expect(gongs()).toHaveLength(1);
  });

  it('when the emcee rings the gong by hand, then it rings at once and the scheduled gong does not ring again', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(2 * MIN);

    await click(ACTIONS.showGong, EMCEE);
    await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('GONG!'));
    await advance(10 * MIN);

    expect(gongs()).toHaveLength(1);
  });

  it('when the emcee uses the buttons, then pause, +1 min, skip and next each show on the run-of-show message', async () => {
    await ask('start', EMCEE);
    await app.idle();
    const shows = (contains: string) =>
      app.slack
        .waitFor('chat.update', (call) => textOf(call.args).includes(contains))
        .then((call) => textOf(call.args));

    await click(ACTIONS.showPauseResume, EMCEE, `pause:${hackfestId}`);
    expect(await shows('paused')).toContain(`resume:${hackfestId}`);
    const updatesSoFar = app.slack.callsTo('chat.update').length;
    await click(ACTIONS.showPauseResume, EMCEE, `resume:${hackfestId}`);
    const resumed = await app.slack.waitFor(
      'chat.update',
      (call) =>
        app.slack.callsTo('chat.update').indexOf(call) >= updatesSoFar &&
        textOf(call.args).includes(`pause:${hackfestId}`),
    );
    expect(textOf(resumed.args)).not.toContain('· :double_vertical_bar: paused');
    await click(ACTIONS.showExtend, EMCEE);
    expect(await shows('6:00 left')).toContain('Pizza bot');
    await click(ACTIONS.showSkip, EMCEE);
    expect(await shows('Up next: *Pizza bot*')).toContain('*Now presenting:* *Coffee tracker*');
    await click(ACTIONS.showNext, EMCEE);

    expect(await shows('This is the last demo')).toContain('*Now presenting:* *Pizza bot*');
  });

  it('when demos are still to come, then End the show asks first, saying how many will not be presented', async () => {
    const endButton = (message: { args: Record<string, unknown> }) =>
      (message.args.blocks as Array<{ elements?: Array<{ action_id?: string; confirm?: unknown }> }>)
        .flatMap((block) => block.elements ?? [])
        .find((element) => element.action_id === ACTIONS.showEnd);
    await ask('start', EMCEE);
    const first = await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));

    expect(textOf(endButton(first)?.confirm)).toContain(
      '1 demo still to come will not be presented. An ended show cannot start again.',
    );
    await ask('next', EMCEE);
    const last = await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('This is the last demo'));
    expect(endButton(last)).toBeDefined();
    expect(endButton(last)?.confirm).toBeUndefined();
  });

  it('when the gong has rung and the emcee clicks Skip, then it is refused, and the summary and the feedback form count the demo, its time and its gong', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(5 * MIN + 30_000);
    expect(gongs()).toHaveLength(1);

    const skipped = await click(ACTIONS.showSkip, EMCEE);
    expect(textOf(await skipped.reply())).toContain('counts as presented: use *Next* to move on');
    expect(await ask('end', EMCEE)).toContain('The show is over');

    const summary = textOf(
      (await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('is over'))).args,
    );
    expect(summary).toContain('is over: 1 demo in 5:30, 1 gong.');
    expect(summary).toMatch(/Pizza bot\*[^"]*5:30 of 5:00 \(over by 0:30\) :bell:/);
    expect(summary).not.toContain('Coffee tracker');
    expect(summary).toContain('Feedback is asked for in the channel: while it is open, tell us how it went');
    expect(posts("You're up next").filter((post) => post.args.channel === 'U201')).toEqual([]);
    await click(ACTIONS.giveFeedback, STRANGER);
    const form = await app.slack.waitFor('views.open', (call) => textOf(call.args).includes(CALLBACKS.feedback));
    expect(textOf(form.args)).toContain('Pizza bot');
  });

  it('when the show runs over an hour, then the summary gives its times in hours, minutes and seconds', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(65 * MIN);

    expect(await ask('end', EMCEE)).toContain('The show is over');

    const summary = textOf(
      (await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('is over'))).args,
    );
    expect(summary).toContain('is over: 1 demo in 1:05:00, 1 gong.');
    expect(summary).toContain('1:05:00 of 5:00 (over by 1:00:00)');
  });

  it('when a demo has run over a minute, then its Skip button is gone and a click on an older one is refused with the way on', async () => {
    await ask('start', EMCEE);
    await app.idle();
    const redrawn = async (left: string) =>
      textOf((await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes(left))).args);
    await advance(30_000);
    expect(await redrawn('4:30 left')).toContain(ACTIONS.showSkip);

    await advance(MIN);

    expect(await redrawn('3:30 left')).not.toContain(ACTIONS.showSkip);
    const stale = await click(ACTIONS.showSkip, EMCEE);
    expect(textOf(await stale.reply())).toContain("*Skip (not here)* is for a presenter who isn't there");
  });

  it('when the emcee rings the gong early, then the channel hears who rang it and the time left, and the message shows it rang', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(4 * MIN + 1_000);

    await click(ACTIONS.showGong, EMCEE);
    const gong = textOf(
      (await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('GONG!'))).args,
    );
    await app.idle();

    expect(gong).toContain(`<@${EMCEE}> rang the gong for *Pizza bot* with 0:59 left. <@U201>, please wrap up.`);
    expect(gong).not.toContain('ran over');
    const redrawn = await app.slack.waitFor('chat.update', (call) =>
      textOf(call.args).includes('0:59 left · :bell: gong rung'),
    );
    expect(textOf(redrawn.args)).not.toContain(ACTIONS.showGong);
  });

  it('when the emcee rings the gong with minutes left, then no one-minute warning follows it', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(2 * MIN);

    expect(await ask('gong', EMCEE)).toContain('Gong rung');
    await app.idle();
    await advance(5 * MIN);

    expect(gongs()).toHaveLength(1);
    expect(posts('One minute left')).toEqual([]);
  });

  it('when the timer is paused, then the message offers no Gong button until it resumes', async () => {
    await ask('start', EMCEE);
    await app.idle();

    await click(ACTIONS.showPauseResume, EMCEE, `pause:${hackfestId}`);
    const paused = await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes(`resume:${hackfestId}`));
    expect(textOf(paused.args)).not.toContain(ACTIONS.showGong);
    await click(ACTIONS.showPauseResume, EMCEE, `resume:${hackfestId}`);
    const resumed = await app.slack.waitFor(
      'chat.update',
      (call) =>
        app.slack.callsTo('chat.update').indexOf(call) > app.slack.callsTo('chat.update').indexOf(paused) &&
        textOf(call.args).includes(`pause:${hackfestId}`),
    );

    expect(textOf(resumed.args)).toContain(ACTIONS.showGong);
  });

  it('when the emcee rings the gong while the timer is paused, then it is refused and nothing rings', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await ask('pause', EMCEE);

    expect(await ask('gong', EMCEE)).toContain('The timer is paused: resume it first, then ring the gong.');
    await app.idle();
    expect(gongs()).toEqual([]);
  });

  it('when the emcee starts the show again after it ended, then they are told it is over', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await ask('end', EMCEE);
    await app.idle();

    const clicked = await click(ACTIONS.startShow, EMCEE);

    expect(textOf(await clicked.reply())).toContain('The show is over');
    expect(posts('Now presenting')).toHaveLength(1);
  });

  it('when the hackfest is cancelled and the emcee clicks an older Start button, then they are told it is cancelled and no show starts', async () => {
    await ask('cancel "Winter Hackfest"', ORGANIZER);
    await click(ACTIONS.confirmCancel, ORGANIZER, `occurrence:${hackfestId}`);
    await app.idle();

    const clicked = await click(ACTIONS.startShow, EMCEE);

    expect(textOf(await clicked.reply())).toContain('*Winter Hackfest* is already cancelled. Nothing was changed.');
    await app.idle();
    expect(posts('Now presenting')).toEqual([]);
    expect(posts("You're up next")).toEqual([]);
  });

  it('when the organizer cancels or reschedules the hackfest after its show ended, then they are told it has taken place', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await ask('end', EMCEE);
    await app.idle();

    for (const typed of [
      'cancel "Winter Hackfest"',
      'reschedule "Winter Hackfest" 2026-12-18 14:00',
      'cancel Winter',
    ]) {
      const reply = await ask(typed, ORGANIZER);
      expect(reply).toContain('*Winter Hackfest* has taken place: its show is over. Nothing was changed.');
      expect(reply).not.toContain('There is no upcoming hackfest');
    }
    expect(await ask('cancel "Summer Hackfest"', ORGANIZER)).toContain('There is no upcoming hackfest');
  });

  it('when the organizer cancels or reschedules while the show is on, then they are told to end the show first, and nothing changes', async () => {
    await ask('start', EMCEE);
    await app.idle();
    const board = announcement();

    for (const typed of ['cancel "Winter Hackfest"', 'reschedule "Winter Hackfest" 2026-12-18 14:00']) {
      const reply = await ask(typed, ORGANIZER);
      expect(reply).toContain('The show of *Winter Hackfest* is on');
      expect(reply).toContain('end the show first (`/hackfest end`). Nothing was changed.');
    }
    const confirmed = await click(ACTIONS.confirmCancel, ORGANIZER, `occurrence:${hackfestId}`);
    expect(textOf(await confirmed.reply())).toContain('The show of *Winter Hackfest* is on');
    await app.idle();

    expect(announcement()).toEqual(board);
    await advance(5 * MIN);
    expect(gongs()).toHaveLength(1);
  });

  it('when someone else presses a timer button or types a control, then they are refused and nothing changes', async () => {
    await ask('start', EMCEE);
    await app.idle();

    const clicked = await click(ACTIONS.showGong, STRANGER);
    expect(textOf(await clicked.reply())).toContain('Only the emcee');
    expect(await ask('next', STRANGER)).toContain('Only the emcee');
    await advance(2 * MIN);

    expect(gongs()).toEqual([]);
  });

  it('when there is no hackfest in the channel, then start says there is nothing to start and next that no show runs', async () => {
    const inEmptyChannel = async (text: string) =>
      textOf(await (await app.command(text, { userId: EMCEE, channelId: 'C999' })).reply());

    const start = await inEmptyChannel('start');
    expect(start).toContain('There is no hackfest in this channel to start');
    expect(start).not.toContain('/hackfest start');
    expect(await inEmptyChannel('next')).toContain('There is no show running in this channel');
  });

  it('when a control makes no sense or a duration is wrong, then the emcee is told why with an example', async () => {
    await ask('start', EMCEE);
    await app.idle();

    expect(await ask('resume', EMCEE)).toContain('already running');
    expect(await ask('extend forever', EMCEE)).toContain('/hackfest extend 1m');
    expect(await ask('extend 2h', EMCEE)).toContain('1 second to 30 minutes');
  });

  it.each([
    ['extend', 'Say how much time to add: 1 second to 30 minutes.'],
    ['extend 0s', 'Extend by 1 second to 30 minutes.'],
  ])(
    'when the emcee types %j, then the reply gives the range and an example, and no time is added',
    async (text, message) => {
      await ask('start', EMCEE);
      await app.idle();

      const reply = await ask(text, EMCEE);

      expect(reply).toContain(message);
      expect(reply).toContain('For example: `/hackfest extend 1m`');
      await advance(5 * MIN);
      expect(gongs()).toHaveLength(1);
    },
  );

  it('when the last demo is done and the show ends, then the message becomes the summary', async () => {
    await ask('start', EMCEE);
    await app.idle();
    await advance(5 * MIN);
    await ask('next', EMCEE);
    await app.idle();
    await advance(2 * MIN);

    expect(await ask('end', EMCEE)).toContain('The show is over');

    const summary = await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('is over'));
    expect(textOf(summary.args)).toContain('2 demos');
    expect(textOf(summary.args)).toContain('Pizza bot');
    expect(textOf(summary.args)).toContain('Coffee tracker');
  });
});

describe('starting the show well before its time', () => {
  let app: TestApp;
  let hackfestId: string;

  beforeEach(async () => {
    ({ app, hackfestId } = await appWithShowReady({ slots: 8, demos: [['U201', 'Pizza bot']] }, { early: true }));
  });
  afterEach(() => stopWellBehaved(app));

  it('when the emcee starts it days early, then they are asked to confirm, and it starts only once they do', async () => {
    const asked = textOf(await (await app.command('start', { userId: EMCEE })).reply());

    expect(asked).toContain('Start the show now anyway?');
    expect(asked).toContain(ACTIONS.startShowEarly);
    await app.idle();
    expect(
      app.slack.callsTo('chat.postMessage').filter((call) => textOf(call.args).includes('Now presenting')),
    ).toEqual([]);

    await app.click({ actionId: ACTIONS.startShowEarly, value: hackfestId, userId: EMCEE, messageTs: '1.9' });
    await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
  });

  it('when someone signs up while the early-started show is on, then their demo joins the end of the show and they are told they are up next', async () => {
    await app.click({ actionId: ACTIONS.startShowEarly, value: hackfestId, userId: EMCEE, messageTs: '1.9' });
    await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));

    await app.submit({
      callbackId: CALLBACKS.signUp,
      userId: 'U202',
      privateMetadata: hackfestId,
      values: demoFormValues({ title: 'Coffee tracker' }),
    });
    const redrawn = await app.slack.waitFor('chat.update', (call) =>
      textOf(call.args).includes('Up next: *Coffee tracker*'),
    );

    expect(textOf(redrawn.args)).toContain('Run of show (1/2)');
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U202');
    expect(textOf(told.args)).toContain("You're up next at *Winter Hackfest*: get *Coffee tracker* ready!");
  });
});

const THREE_DEMOS = [
  ['U201', 'Pizza bot'],
  ['U202', 'Coffee tracker'],
  ['U203', 'Tea timer'],
] as const;

describe('a double click on the run-of-show message', () => {
  let app: TestApp;

  beforeEach(async () => {
    ({ app } = await appWithShowReady({ slots: 8, demos: THREE_DEMOS }));
  });
  afterEach(() => stopWellBehaved(app));

  it.each([
    [ACTIONS.showNext, 'Coffee tracker'],
    [ACTIONS.showSkip, 'Coffee tracker'],
  ])(
    'when %s is clicked twice at once, then the show moves on by one demo only, and the second click is told so',
    async (actionId, nowOn) => {
      await (await app.command('start', { userId: EMCEE })).reply();
      const show = await app.slack.waitFor('chat.postMessage', (call) => textOf(call.args).includes('Now presenting'));
      const value = elementValue(show.args, actionId) ?? '';
      const clicked = () => app.click({ actionId, value, userId: EMCEE, messageTs: '1.1' });

      await Promise.all([clicked(), clicked()]);
      const refused = await app.slack.waitFor('response_url', (call) =>
        textOf(call.args).includes('Nothing was changed'),
      );

      expect(textOf(refused.args)).toContain('That demo is no longer on stage: the show has moved on already.');
      await app.idle();
      const moved = await app.slack.waitFor('chat.update', (call) => textOf(call.args).includes('Run of show ('));
      expect(textOf(moved.args)).toContain(`*Now presenting:* *${nowOn}*`);
    },
  );
});

describe('a presenter withdrawing during the show', () => {
  let app: TestApp;
  let hackfestId: string;

  beforeEach(async () => {
    ({ app, hackfestId } = await appWithShowReady({ slots: 2, demos: THREE_DEMOS }));
  });
  afterEach(() => stopWellBehaved(app));

  it('when the presenter up next withdraws, then the run-of-show message drops them, the first waiting joins the show and is told they are up next', async () => {
    await (await app.command('start', { userId: EMCEE })).reply();
    await app.idle();

    await app.click({ actionId: ACTIONS.withdraw, value: hackfestId, userId: 'U202', messageTs: '1.1' });
    const redrawn = await app.slack.waitFor('chat.update', (call) =>
      textOf(call.args).includes('Up next: *Tea timer*'),
    );

    expect(textOf(redrawn.args)).toContain('Run of show (1/2)');
    expect(textOf(redrawn.args)).not.toContain('Coffee tracker');
    const told = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'U203');
    expect(textOf(told.args)).toContain("You're up next at *Winter Hackfest*: get *Tea timer* ready!");
    await (await app.command('next', { userId: EMCEE })).reply();
    const called = await app.slack.waitFor('chat.update', (call) =>
      textOf(call.args).includes('*Now presenting:* *Tea timer*'),
    );
    expect(textOf(called.args)).toContain('This is the last demo.');
  });
});

describe('a show across a restart', () => {
  let restartable: RestartableApp;
  let time: FakeTime;

  const restart = () => restartable.restart();

  beforeEach(() => {
    restartable = new RestartableApp(NOW);
    time = restartable.time;
  });
  afterEach(() => restartable.close());

  it("when the app was down past a demo's time and comes back, then the channel hears the gong, not that one minute is left", async () => {
    const first = await restart();
    await showReady(first, { organizerId: ORGANIZER, slots: 8, demos: [['U201', 'Pizza bot']], emceeId: EMCEE });
    time.advance(START - NOW);
    await (await first.command('start', { userId: EMCEE })).reply();
    await first.idle();
    await restartable.stop();

    time.advance(6 * MIN);
    const second = await restart();
    await second.idle();

    const posted = second.slack.callsTo('chat.postMessage').map((call) => textOf(call.args));
    expect(posted.filter((text) => text.includes('GONG!'))).toHaveLength(1);
    expect(posted.filter((text) => text.includes('One minute left'))).toEqual([]);
  });
});
