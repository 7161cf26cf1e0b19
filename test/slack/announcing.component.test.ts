import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNOUNCE_GRACE_MS } from '../../src/domain/hackfest.ts';
import type { Store } from '../../src/ports.ts';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { connect, migrate } from '../../src/store/connect.ts';
import { createStore } from '../../src/store/store.ts';
import { planAnnouncement } from '../../src/usecases/announceHackfest.ts';
import { elementValue } from '../support/blocks.ts';
import { aHackfest } from '../support/builders.ts';
import { engines, type TestDatabase } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { startTestApp, type TestApp } from '../support/testApp.ts';
import { expectWellBehaved } from '../support/wellBehaved.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const ORGANIZER = 'U111';
const textOf = (value: unknown) => JSON.stringify(value);

describe.each(engines)('announcing a hackfest on $name', (engine) => {
  let testDatabase: TestDatabase;
  let store: Store;
  let time: FakeTime;
  let app: TestApp;

  beforeEach(async () => {
    time = new FakeTime(NOW);
    testDatabase = await engine.create();
    const connection = connect(testDatabase.database);
    await migrate(connection);
    store = createStore(connection, time);
  });
  afterEach(async () => {
    expectWellBehaved(app);
    await app.stop();
    await store.close();
    await testDatabase.drop();
  });
  const start = async () => {
    app = await startTestApp('socket', { database: testDatabase.database, time });
  };
  const postsTo = (channel: string) =>
    app.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === channel && !call.failed);

  it('when someone clicks "Sign up to demo" the moment the announcement appears, then the form opens', async () => {
    await start();
    void app.command('schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8', { userId: ORGANIZER });
    const announcement = await app.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');

    await app.click({
      actionId: ACTIONS.signUp,
      value: elementValue(announcement.args, ACTIONS.signUp) ?? '',
      userId: 'U201',
      messageTs: '1.1',
      triggerId: 't-1',
      responseUrl: app.slack.responseUrl('click'),
    });

    const answer = await app.slack.waitForCall(
      (call) => call.method === 'views.open' || (call.method === 'response_url' && call.args.id === 'click'),
    );
    expect(answer.args).toMatchObject({ view: { callback_id: CALLBACKS.signUp } });
  });

  it('when the app is not in the channel, then the organizer is told to invite it and nothing is kept: no listing, no reminders', async () => {
    await start();
    app.slack.failNext('chat.postMessage', { error: 'not_in_channel' });

    const reply = await (
      await app.command('schedule "Winter Hackfest" 2026-12-11 14:00 3h', { userId: ORGANIZER, channelId: 'C999' })
    ).reply();

    expect(textOf(reply)).toContain('/invite @Hackfest');
    expect(await store.hackfests.upcoming({ now: time.now(), channelIds: ['C999'] })).toEqual([]);
    time.advance(Date.parse('2026-12-11T13:00:00Z') - NOW);
    await app.idle();
    expect(postsTo('C999')).toEqual([]);
  });

  it('when the process died after saving a hackfest but before announcing it, then it is announced soon after a restart', async () => {
    const saved = aHackfest({ id: 'hf-unannounced', channelId: 'C111' });
    await store.transaction(async (repositories) => {
      await repositories.hackfests.add(saved);
      await planAnnouncement(repositories, saved, time.now());
    });

    await start();
    await app.idle();
    expect(postsTo('C111')).toEqual([]);
    time.advance(ANNOUNCE_GRACE_MS);
    await app.idle();

    expect(postsTo('C111')).toHaveLength(1);
    expect(elementValue(postsTo('C111')[0]?.args ?? {}, ACTIONS.signUp)).toBe('hf-unannounced');
    expect((await store.hackfests.get('hf-unannounced'))?.announcement).toMatchObject({ channelId: 'C111' });
  });
});
