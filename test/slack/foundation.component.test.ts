import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, SUBCOMMANDS } from '../../src/slack/ids.ts';
import { appHomeOpened, postToApp } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { APP_TOKEN, BOT_TOKEN, type Mode, SIGNING_SECRET, startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

/** Slack shows an error to the person when an ack takes longer than this. */
const SLACK_ACK_DEADLINE_MS = 3_000;

const textOf = (body: unknown) => JSON.stringify(body);

describe.each<Mode>(['socket', 'http'])('the app in %s mode', (mode) => {
  let app: TestApp;
  let time: FakeTime;

  beforeEach(async () => {
    time = new FakeTime(Date.parse('2026-11-23T09:00:00Z'));
    app = await startTestApp(mode, { time });
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
  });

  it('when someone types /hackfest help, then the usage comes back ephemeral in the ack, with every subcommand and an example', async () => {
    const { body, ackedInMs } = await app.command('help');

    expect(ackedInMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    expect(body).toMatchObject({ response_type: 'ephemeral' });
    for (const subcommand of SUBCOMMANDS) expect(textOf(body)).toContain(`/hackfest ${subcommand}`);
  });

  it('when someone types the scheduling examples from /hackfest help, weeks later, then each schedules', async () => {
    time.advance(30 * 24 * 3_600_000);
    const { body } = await app.command('help');
    const examples = [...textOf(body).matchAll(/`\/hackfest (schedule [^`]+)`/g)].map(([, typed]) =>
      (typed ?? '').replaceAll('\\"', '"'),
    );

    expect(examples).toHaveLength(2);
    for (const example of examples)
      expect(textOf(await (await app.command(example)).reply())).toContain('is on the calendar');
  });

  it('when someone follows the help’s schedule example and then its reschedule example, then the hackfest moves', async () => {
    const { body } = await app.command('help');
    const example = (subcommand: string) =>
      (
        textOf(body).match(new RegExp(`\`/hackfest (${subcommand} \\\\"Winter Hackfest[^\`]+)\``))?.[1] ?? ''
      ).replaceAll('\\"', '"');

    expect(textOf(await (await app.command(example('schedule'))).reply())).toContain('is on the calendar');
    const moved = textOf(await (await app.command(example('reschedule'))).reply());

    expect(moved).toContain('*Winter Hackfest* now starts');
    expect(moved).not.toContain('Nothing was changed');
  });

  it('when someone types /hackfest alone, then they get the same usage', async () => {
    const [alone, help] = await Promise.all([app.command(''), app.command('help')]);

    expect(alone.body).toEqual(help.body);
  });

  it('when someone types /hackfest about, then it explains what a hackfest is for', async () => {
    const { body } = await app.command('about');

    expect(body).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(body)).toContain('What is a hackfest?');
  });

  it('when someone types an unknown subcommand, then an ephemeral error names it, escaped, and shows the usage', async () => {
    const { body } = await app.command('<!channel>party now');

    expect(body).toMatchObject({ response_type: 'ephemeral' });
    expect(textOf(body)).toContain('has no subcommand “&lt;!channel&gt;party”');
    expect(textOf(body)).not.toContain('<!channel>');
    expect(textOf(body)).toContain('/hackfest help');
  });

  it('when the unknown subcommand holds backticks, then it is quoted whole, not as a broken code span', async () => {
    const { body } = await app.command('sched`ule`` now');

    expect(textOf(body)).toContain('has no subcommand “sched`ule``”');
  });

  it('when the unknown subcommand is thousands of characters long, then at most 40 are quoted back', async () => {
    const { body } = await app.command(`${'x'.repeat(3000)} now`);

    expect(textOf(body)).toContain(`has no subcommand “${'x'.repeat(39)}…”`);
    expect(textOf(body)).not.toContain('x'.repeat(40));
  });

  it('when someone opens the Home tab, then the app publishes the empty state with a "Propose a hackfest" button', async () => {
    await app.event(appHomeOpened({ userId: 'U777' }));

    const publish = await app.slack.waitFor('views.publish');
    expect(publish.args).toMatchObject({ user_id: 'U777', view: { type: 'home' } });
    expect(textOf(publish.args.view)).toContain(ACTIONS.proposeHackfest);
    expect(publish.token).toBe(BOT_TOKEN);
  });

  it('when someone clicks "Propose a hackfest" in the Home tab, then a modal answers instead of nothing', async () => {
    await app.click({ actionId: ACTIONS.proposeHackfest, triggerId: 'trigger-1' });

    const open = await app.slack.waitFor('views.open');
    expect(open.args).toMatchObject({ trigger_id: 'trigger-1', view: { type: 'modal' } });
  });

  it('when someone clicks a button the app no longer has (on an old message), then the click is acknowledged and nothing else happens', async () => {
    const callsBefore = app.slack.calls.length;

    const { ackedInMs, status } = await app.click({ actionId: 'retired_button', value: 'x', messageTs: '1.1' });
    await app.idle();

    expect(ackedInMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    if (mode === 'http') expect(status).toBe(200);
    expect(app.slack.calls.slice(callsBefore)).toEqual([]);
  });

  it('when the app has run, then no token or secret appears in its logs', async () => {
    await app.command('help');
    await app.event(appHomeOpened({ userId: 'U777' }));
    await app.slack.waitFor('views.publish');

    const logs = app.logs.join('');
    expect(logs).toContain('hackfest is ready');
    for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(logs).not.toContain(secret);
  });
});

describe('the app in HTTP mode', () => {
  let app: TestApp;
  const events = () => `${app.url}/slack/events`;
  const help = { command: '/hackfest', text: 'help', user_id: 'U1', channel_id: 'C1', response_url: 'http://x' };

  beforeEach(async () => {
    app = await startTestApp('http');
  });
  afterEach(() => app.stop());

  it('when a request is unsigned, then it is refused with 401', async () => {
    expect((await postToApp(events(), SIGNING_SECRET, 'command', help, { signature: null })).status).toBe(401);
  });

  it('when a request carries a wrong signature, then it is refused with 401', async () => {
    expect((await postToApp(events(), SIGNING_SECRET, 'command', help, { signature: 'v0=deadbeef' })).status).toBe(401);
  });

  it('when a request is older than five minutes, then it is refused with 401', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await postToApp(events(), SIGNING_SECRET, 'command', help, { timestampSec: stale })).status).toBe(401);
  });

  it('when the load balancer asks /healthz, then it answers 200 while the database answers', async () => {
    const response = await fetch(`${app.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'up' });
  });
});
