import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Feedback } from '../../src/domain/feedback.ts';
import type { Store } from '../../src/ports.ts';
import { aHackfest } from '../support/builders.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

const DAY = 24 * 3_600_000;
const same = { leaning: 'same' as const, changeTo: '' };
const answer = (userId: string, rating: number, at = 0): Feedback => ({
  hackfestId: 'hf-1',
  userId,
  rating,
  favouriteDemoId: null,
  aspects: { frequency: same, length: { leaning: 'less', changeTo: 'one day' }, topics: same, format: same },
  comment: 'Great',
  anonymous: rating < 3,
  at,
});

describe.each(engines)('feedback on $name', (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;
  const hackfest = aHackfest({ id: 'hf-1', channelId: 'C111', startsAt: Date.parse('2026-11-20T13:00:00Z') });
  const window = (hackfestId = 'hf-1', openedAt = time.now()) => ({
    hackfestId,
    openedAt,
    closesAt: openedAt + 14 * DAY,
    closedAt: null,
  });

  beforeEach(async () => {
    time = new FakeTime(Date.parse('2026-11-23T09:00:00Z'));
    testStore = await createTestStore(engine, time);
    store = testStore.store;
    await store.hackfests.add(hackfest);
  });
  afterEach(() => testStore.drop());

  it('when feedback is opened twice, then it opens once, and closes once', async () => {
    expect(await store.feedback.open(window())).toBe(true);
    expect(await store.feedback.open({ ...window(), closesAt: 1 })).toBe(false);
    expect(await store.feedback.window('hf-1')).toEqual(window());

    expect(await store.feedback.close('hf-1', time.now())).toBe(true);
    expect(await store.feedback.close('hf-1', time.now())).toBe(false);
    expect((await store.feedback.window('hf-1'))?.closedAt).toBe(time.now());
  });

  it('when someone answers again, then their answer is replaced, and each answer reads back as given', async () => {
    await store.feedback.open(window());

    expect(await store.feedback.give(answer('U1', 2, 1))).toEqual({ replaced: false });
    expect(await store.feedback.give(answer('U2', 5, 2))).toEqual({ replaced: false });
    expect(await store.feedback.give(answer('U1', 4, 3))).toEqual({ replaced: true });

    expect(await store.feedback.ofHackfest('hf-1')).toEqual([answer('U2', 5, 2), answer('U1', 4, 3)]);
    expect((await store.feedback.counts(['hf-1', 'hf-2'])).get('hf-1')).toBe(2);
  });

  it('when looking for the feedback open in a channel, then the latest opened that is still open comes back', async () => {
    const later = aHackfest({ id: 'hf-2', channelId: 'C111' });
    const elsewhere = aHackfest({ id: 'hf-3', channelId: 'C999' });
    for (const each of [later, elsewhere]) await store.hackfests.add(each);
    await store.feedback.open(window('hf-1', time.now() - DAY));
    await store.feedback.open(window('hf-2'));
    await store.feedback.open(window('hf-3', time.now() + 1));

    expect((await store.feedback.latestOpenIn('C111', time.now()))?.hackfestId).toBe('hf-2');
    await store.feedback.close('hf-2', time.now());
    expect((await store.feedback.latestOpenIn('C111', time.now()))?.hackfestId).toBe('hf-1');
    expect(await store.feedback.latestOpenIn('C111', time.now() + 14 * DAY)).toBeUndefined();
  });

  it('when a window is extended, then it closes later; a closed one is not reopened', async () => {
    await store.feedback.open(window());
    await store.feedback.extend('hf-1', time.now() + 21 * DAY);
    expect((await store.feedback.window('hf-1'))?.closesAt).toBe(time.now() + 21 * DAY);

    await store.feedback.close('hf-1', time.now());
    await store.feedback.extend('hf-1', time.now() + 30 * DAY);
    expect((await store.feedback.window('hf-1'))?.closesAt).toBe(time.now() + 21 * DAY);
  });

  it("when the prompt's ts is recorded, then it reads back, and survives the window closing", async () => {
    await store.feedback.open(window());
    expect(await store.feedback.promptOf('hf-1')).toBeNull();

    await store.feedback.recordPrompt('hf-1', '1700000000.000300');
    await store.feedback.close('hf-1', time.now());
    expect(await store.feedback.promptOf('hf-1')).toBe('1700000000.000300');
    expect(await store.feedback.promptOf('nope')).toBeNull();
  });
});

describe.each(engines)("a person's hackfests on $name", (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;

  beforeEach(async () => {
    time = new FakeTime(Date.parse('2026-11-23T09:00:00Z'));
    testStore = await createTestStore(engine, time);
    store = testStore.store;
  });
  afterEach(() => testStore.drop());

  it('when listing what a person has a part in, then every role counts, and only upcoming scheduled ones; a held one is among those that took place', async () => {
    const now = time.now();
    const ahead = (hours: number, overrides: Parameters<typeof aHackfest>[0]) =>
      aHackfest({ startsAt: now + hours * 3_600_000, organizerId: 'U9', ...overrides });
    const organized = ahead(1, { organizerId: 'U1' });
    const coOrganized = ahead(2, { coOrganizerIds: ['U7', 'U1'] });
    const emceed = ahead(3, { emceeId: 'U1' });
    const presented = ahead(4, {});
    const unrelated = ahead(5, { coOrganizerIds: ['U10'] });
    const cancelled = ahead(6, { organizerId: 'U1', status: 'cancelled' });
    const over = ahead(-24, { organizerId: 'U1' });
    const heldEarly = ahead(7, { organizerId: 'U1', emceeId: 'U1', status: 'held' });
    for (const each of [organized, coOrganized, emceed, presented, unrelated, cancelled, over, heldEarly])
      await store.hackfests.add(each);
    await store.demos.add([
      {
        id: 'd1',
        hackfestId: presented.id,
        ownerId: 'U2',
        title: 'Bot',
        description: '',
        teamIds: ['U1'],
        lengthMs: 1,
        seq: 1,
      },
    ]);

    const ids = (list: { id: string }[]) => list.map((each) => each.id);
    expect(ids(await store.hackfests.involving('U1', { now, limit: 10 }))).toEqual(
      ids([organized, coOrganized, emceed, presented]),
    );
    expect(ids(await store.hackfests.involving('U1', { now, limit: 2 }))).toEqual(ids([organized, coOrganized]));
    expect(ids(await store.hackfests.startedOrganizedBy('U1', { now, limit: 10 }))).toEqual(ids([heldEarly, over]));
  });
});

describe.each(engines)('home viewers on $name', (engine) => {
  let testStore: TestStore;

  beforeEach(async () => {
    testStore = await createTestStore(engine, new FakeTime());
  });
  afterEach(() => testStore.drop());

  it('when someone opens the Home tab, once or again, then they count as having opened it; others do not', async () => {
    const { homeViewers } = testStore.store;
    await homeViewers.opened('U1', 1);
    await homeViewers.opened('U1', 2);

    expect(await homeViewers.whoOpened(['U1', 'U2'])).toEqual(['U1']);
  });
});
