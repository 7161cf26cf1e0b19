import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Demo } from '../../src/domain/lineup.ts';
import type { Show } from '../../src/domain/timer.ts';
import type { Store } from '../../src/ports.ts';
import { connect, migrate } from '../../src/store/connect.ts';
import * as heldHackfests from '../../src/store/migrations/010_held_hackfests.ts';
import * as signupsCloseJobs from '../../src/store/migrations/013_signups_close_jobs.ts';
import { createStore } from '../../src/store/store.ts';
import { aDemo, aHackfest, aSeries } from '../support/builders.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

const HOUR = 3_600_000;

describe.each(engines)('hackfests and series on $name', (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;

  beforeEach(async () => {
    time = new FakeTime(Date.parse('2026-12-01T09:00:00Z'));
    testStore = await createTestStore(engine, time);
    store = testStore.store;
  });
  afterEach(() => testStore.drop());

  it('when a hackfest is added and changed, then it reads back exactly as saved', async () => {
    const hackfest = aHackfest({ coOrganizerIds: ['U2', 'U3'], announcement: null });
    await store.hackfests.add(hackfest);
    const moved = { ...hackfest, startsAt: hackfest.startsAt + HOUR, announcement: { channelId: 'C111', ts: '1.2' } };

    await store.hackfests.save(moved);

    expect(await store.hackfests.get(hackfest.id)).toEqual(moved);
    expect(await store.hackfests.get('nope')).toBeUndefined();
  });

  it('when its start reminder is recorded, then it reads back, and a later save of the hackfest keeps it', async () => {
    const hackfest = aHackfest();
    await store.hackfests.add(hackfest);
    expect(await store.hackfests.startReminderOf(hackfest.id)).toBeNull();

    await store.hackfests.recordStartReminder(hackfest.id, '1700000000.000200');
    await store.hackfests.save({ ...hackfest, emceeId: 'U500' });

    expect(await store.hackfests.startReminderOf(hackfest.id)).toBe('1700000000.000200');
    expect(await store.hackfests.startReminderOf('nope')).toBeNull();
  });

  it("when a show's message is recorded while a control saves its state, then neither write undoes the other", async () => {
    const hackfest = aHackfest();
    await store.hackfests.add(hackfest);
    const started = { hackfestId: hackfest.id, channelId: 'C111', messageTs: null };
    await store.shows.save({ ...started, show: { status: 'not-started' } });

    await store.shows.recordMessage(hackfest.id, '1700000000.000300');
    const ended: Show = { status: 'ended', presented: [], showStartedAt: 1, endedAt: 2 };
    await store.shows.save({ ...started, show: ended });

    expect(await store.shows.get(hackfest.id)).toEqual({ ...started, show: ended, messageTs: '1700000000.000300' });
  });

  it('when demos are signed up together, then the line-up reads them back in order, and their presenters count', async () => {
    const hackfest = aHackfest();
    await store.hackfests.add(hackfest);
    const demos = [
      aDemo({ hackfestId: hackfest.id, ownerId: 'U1', teamIds: ['U2', 'U3'], seq: 2 }),
      aDemo({ hackfestId: hackfest.id, ownerId: 'U4', seq: 1 }),
    ];

    await store.demos.add(demos);

    expect(await store.demos.ofHackfest(hackfest.id)).toEqual([demos[1], demos[0]]);
    expect(await store.demos.counts([hackfest.id])).toEqual(new Map([[hackfest.id, 2]]));
    const joined = { ...(demos[1] as Demo), teamIds: ['U3'] };
    expect(await store.demos.save(joined, { oneEach: true })).toEqual({ ok: false, taken: ['U3'] });
  });

  it("when a batch of sign-ups asks about the line-up so far, then it hears the count, its people's demos and who of them presents", async () => {
    const hackfest = aHackfest();
    await store.hackfests.add(hackfest);
    const demos = [
      aDemo({ hackfestId: hackfest.id, ownerId: 'U1', teamIds: ['U2'], seq: 3 }),
      aDemo({ hackfestId: hackfest.id, ownerId: 'U3', seq: 1 }),
      aDemo({ hackfestId: hackfest.id, ownerId: 'U4', seq: 7 }),
    ];
    await store.demos.add(demos);

    const soFar = await store.demos.lineupSoFar(hackfest.id, ['U1', 'U2', 'U9']);

    expect(soFar).toEqual({
      count: 3,
      lastSeq: 7,
      presenting: new Set(['U1', 'U2']),
      owned: [{ demo: demos[0], ahead: 1 }],
    });
    expect(await store.demos.presenting(hackfest.id, ['U2', 'U3', 'U9'])).toEqual(new Set(['U2', 'U3']));
    expect(await store.demos.presenting(hackfest.id, [])).toEqual(new Set());
    expect(await store.demos.lineupSoFar('empty', ['U1'])).toEqual({
      count: 0,
      lastSeq: 0,
      presenting: new Set(),
      owned: [],
    });
  });

  it('when listing upcoming hackfests, then only scheduled ones not yet over come back (held ones when asked), earliest first, per channel', async () => {
    const now = time.now();
    const later = aHackfest({ startsAt: now + 48 * HOUR });
    const sooner = aHackfest({ startsAt: now + 24 * HOUR });
    const running = aHackfest({ startsAt: now - HOUR, durationMs: 3 * HOUR });
    const over = aHackfest({ startsAt: now - 5 * HOUR, durationMs: 3 * HOUR });
    const cancelled = aHackfest({ startsAt: now + HOUR, status: 'cancelled' });
    const elsewhere = aHackfest({ startsAt: now + HOUR, channelId: 'C999' });
    const held = aHackfest({ startsAt: now + 2 * HOUR, status: 'held' });
    for (const hackfest of [later, sooner, running, over, cancelled, elsewhere, held])
      await store.hackfests.add(hackfest);

    const inChannel = await store.hackfests.upcoming({ now, channelIds: ['C111'] });
    const everywhere = await store.hackfests.upcoming({ now });
    const withHeld = await store.hackfests.upcoming({ now, channelIds: ['C111'], alsoHeld: true });

    expect(inChannel.map((h) => h.id)).toEqual([running.id, sooner.id, later.id]);
    expect(everywhere.map((h) => h.id)).toEqual([running.id, elsewhere.id, sooner.id, later.id]);
    expect(withHeld.map((h) => h.id)).toEqual([running.id, held.id, sooner.id, later.id]);
    expect(await store.hackfests.upcoming({ now, channelIds: [] })).toEqual([]);
  });

  it('when an occurrence of a series is added twice, then it exists once', async () => {
    const series = aSeries();
    await store.series.add(series);
    const occurrence = { seriesId: series.id, occurrenceDate: '2026-12-11' };

    await store.hackfests.add(aHackfest(occurrence));
    await store.hackfests.add(aHackfest(occurrence));

    expect(await store.hackfests.ofSeries(series.id, 0)).toHaveLength(1);
  });

  it('when a series nobody saw is removed with its occurrences, then neither reads back', async () => {
    const series = aSeries();
    const occurrence = aHackfest({ seriesId: series.id, occurrenceDate: '2026-12-11' });
    await store.series.add(series);
    await store.hackfests.add(occurrence);

    await store.hackfests.remove(occurrence.id);
    await store.series.remove(series.id);

    expect(await store.hackfests.get(occurrence.id)).toBeUndefined();
    expect(await store.series.get(series.id)).toBeUndefined();
  });

  it('when a series is added and changed, then it reads back exactly as saved, and ended ones are not active', async () => {
    const series = aSeries({ skippedDates: ['2027-01-08'] });
    const ended = aSeries({ status: 'ended' });
    await store.series.add(series);
    await store.series.add(ended);
    const nudged = { ...series, nudgedAt: time.now(), coOrganizerIds: ['U9'], continuedBy: 'series-2' };

    await store.series.save(nudged);

    expect(await store.series.get(series.id)).toEqual(nudged);
    expect(await store.series.active()).toEqual([nudged]);
    expect(await store.transaction((repositories) => repositories.series.lock(series.id))).toEqual(nudged);
    expect(await store.transaction((repositories) => repositories.series.lock('nope'))).toBeUndefined();
  });
});

describe.each(engines)('upgrading to held hackfests on $name', (engine) => {
  it('when the app is upgraded, then a hackfest whose show had ended is held, and the others stay as they were', async () => {
    const { database, drop } = await engine.create();
    const connection = connect(database);
    await migrate(connection);
    const store = createStore(connection, new FakeTime(Date.parse('2026-12-01T09:00:00Z')));
    const ended = aHackfest();
    const notStarted = aHackfest();
    const cancelled = aHackfest({ status: 'cancelled' });
    for (const hackfest of [ended, notStarted, cancelled]) await store.hackfests.add(hackfest);
    const endedShow: Show = { status: 'ended', presented: [], showStartedAt: 1, endedAt: 2 };
    for (const [hackfest, show] of [
      [ended, endedShow],
      [notStarted, { status: 'not-started' }],
      [cancelled, endedShow],
    ] as const)
      await store.shows.save({ hackfestId: hackfest.id, show, channelId: 'C111', messageTs: null });

    await heldHackfests.up(connection.db as unknown as Kysely<unknown>);

    const statuses = await Promise.all([ended, notStarted, cancelled].map((each) => store.hackfests.get(each.id)));
    expect(statuses.map((each) => each?.status)).toEqual(['held', 'scheduled', 'cancelled']);
    await store.close();
    await drop();
  });
});

describe.each(engines)('upgrading to sign-ups closing on the board on $name', (engine) => {
  it('when the app is upgraded, then each hackfest to come gets its redraws at its deadline and its end, and no other', async () => {
    const { database, drop } = await engine.create();
    const connection = connect(database);
    await migrate(connection);
    const store = createStore(connection, new FakeTime(Date.now()));
    // The migration reads the real clock, as it runs once on upgrade: these times are taken from it.
    const startsAt = Date.now() + 2 * 24 * HOUR;
    const toCome = aHackfest({ startsAt, signupDeadline: startsAt - 24 * HOUR });
    const over = aHackfest({ startsAt: Date.now() - 2 * 24 * HOUR });
    const cancelled = aHackfest({ startsAt, status: 'cancelled' });
    for (const hackfest of [toCome, over, cancelled]) await store.hackfests.add(hackfest);
    const planned = { kind: 'signups-close', key: `signups-close:${toCome.id}:${startsAt - 24 * HOUR}` };
    await store.dueJobs.schedule({ ...planned, dueAt: 1, payload: { hackfestId: toCome.id, planned: true } });

    await signupsCloseJobs.up(connection.db as unknown as Kysely<unknown>);

    const jobs = await connection.db
      .selectFrom('due_jobs')
      .select(['key', 'due_at', 'payload'])
      .where('kind', '=', 'signups-close')
      .orderBy('key')
      .execute();
    const end = startsAt + 3 * HOUR;
    expect(jobs.map((job) => [job.key, Number(job.due_at), JSON.parse(job.payload)])).toEqual([
      [planned.key, 1, { hackfestId: toCome.id, planned: true }],
      [`signups-close:${toCome.id}:${end}`, end, { hackfestId: toCome.id }],
    ]);
    await store.close();
    await drop();
  });
});
