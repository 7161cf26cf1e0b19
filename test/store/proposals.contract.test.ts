import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Adjustment, Proposal } from '../../src/domain/proposal.ts';
import type { Store } from '../../src/ports.ts';
import { aProposal } from '../support/builders.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

const QUIET_MS = 1_500;

describe.each(engines)('proposals on $name', (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;
  const proposal = aProposal({ id: 'pr-1' });
  const click = (userId: string, clickId: string) =>
    store.proposals.toggleBacking({ proposalId: proposal.id, userId, clickId, now: time.now(), quietMs: QUIET_MS });

  beforeEach(async () => {
    time = new FakeTime(Date.parse('2026-11-23T09:00:00Z'));
    testStore = await createTestStore(engine, time);
    store = testStore.store;
    await store.proposals.add(proposal);
  });
  afterEach(() => testStore.drop());

  it('when a proposal is adjusted and scheduled, then it reads back exactly as saved', async () => {
    const changed = {
      ...proposal,
      durationMs: 3_600_000,
      topics: ['docs'],
      adjustments: [{ what: 'length', from: '2 days', to: '1h', at: time.now(), by: 'U9', answersSuggestions: true }],
      adjustmentsDigested: 1,
      status: 'scheduled' as const,
      scheduled: { hackfestId: 'hf-1', startsAt: time.now() + 1, timeZone: 'Europe/Berlin', channelId: 'C222' },
    };

    await store.proposals.save(changed);

    expect(await store.proposals.get(proposal.id)).toEqual(changed);
    expect(await store.proposals.get('nope')).toBeUndefined();
  });

  it("when an adjustment was kept before adjustments named who made them, then it reads as the proposer's, answering nothing", async () => {
    const kept = { what: 'length', from: '2 days', to: '1h', at: time.now() };
    await store.proposals.save({ ...proposal, adjustments: [kept as Adjustment] });

    expect((await store.proposals.get(proposal.id))?.adjustments).toEqual([
      { ...kept, by: proposal.proposerId, answersSuggestions: false },
    ]);
  });

  it("when a proposal was scheduled before the hackfest's channel was kept, then it reads as scheduled in its own channel", async () => {
    const kept = { hackfestId: 'hf-1', startsAt: time.now() + 1, timeZone: 'Europe/Berlin' };
    await store.proposals.save({ ...proposal, status: 'scheduled', scheduled: kept as Proposal['scheduled'] });

    expect((await store.proposals.get(proposal.id))?.scheduled).toEqual({ ...kept, channelId: proposal.channelId });
  });

  it('when someone clicks "Back this" twice, a moment apart, then they back it and then no longer do', async () => {
    expect(await click('U2', 'a1')).toEqual({ backs: true, changed: true });
    time.advance(QUIET_MS);
    expect(await click('U2', 'a2')).toEqual({ backs: false, changed: true });

    expect(await store.proposals.backers(proposal.id)).toEqual([]);
  });

  it('when the same click comes again (a retry), or a second click follows at once, then nothing changes', async () => {
    await click('U2', 'a1');
    time.advance(QUIET_MS);

    expect(await click('U2', 'a1')).toEqual({ backs: true, changed: false });
    time.advance(QUIET_MS);
    await click('U3', 'b1');
    expect(await click('U3', 'b2')).toEqual({ backs: true, changed: false });
    expect(await store.proposals.backers(proposal.id)).toEqual(['U2', 'U3']);
  });

  it('when asked which proposals a person backs, then only those they back now are named', async () => {
    const other = aProposal({ id: 'pr-2' });
    await store.proposals.add(other);
    await click('U2', 'a1');
    await store.proposals.toggleBacking({
      proposalId: other.id,
      userId: 'U2',
      clickId: 'b1',
      now: time.now(),
      quietMs: QUIET_MS,
    });
    time.advance(QUIET_MS);
    await store.proposals.toggleBacking({
      proposalId: other.id,
      userId: 'U2',
      clickId: 'b2',
      now: time.now(),
      quietMs: QUIET_MS,
    });
    await click('U3', 'c1');

    expect(await store.proposals.backedBy('U2', [proposal.id, other.id, 'nope'])).toEqual(new Set([proposal.id]));
    expect(await store.proposals.backedBy('U4', [proposal.id, other.id])).toEqual(new Set());
    expect(await store.proposals.backedBy('U2', [])).toEqual(new Set());
  });

  it('when many people back at once, then each is counted once, in the order they backed', async () => {
    const people = Array.from({ length: 50 }, (_, index) => `U${100 + index}`);

    await Promise.all(people.map((userId) => click(userId, `click-${userId}`)));
    await Promise.all(people.map((userId) => click(userId, `click-${userId}`)));

    expect((await store.proposals.backingCounts([proposal.id, 'other'])).get(proposal.id)).toBe(50);
    expect((await store.proposals.backers(proposal.id)).sort()).toEqual(people.sort());
  });

  it('when suggestions are made, then they read back in the order they came', async () => {
    await store.proposals.suggest(proposal.id, { userId: 'U2', aspect: 'length', text: 'One day', at: 1 }, 's1');
    await store.proposals.suggest(proposal.id, { userId: 'U3', aspect: 'format', text: 'Open hack', at: 2 }, 's2');

    expect(await store.proposals.suggestions(proposal.id)).toEqual([
      { userId: 'U2', aspect: 'length', text: 'One day', at: 1 },
      { userId: 'U3', aspect: 'format', text: 'Open hack', at: 2 },
    ]);
  });

  it('when listing open proposals, then scheduled ones are left out, newest first, per channel, up to the limit', async () => {
    const newer = aProposal({ createdAt: proposal.createdAt + 1 });
    const elsewhere = aProposal({ channelId: 'C999', createdAt: proposal.createdAt + 2 });
    const scheduled = aProposal({ status: 'scheduled', createdAt: proposal.createdAt + 3 });
    for (const each of [newer, elsewhere, scheduled]) await store.proposals.add(each);

    const ids = async (options: Parameters<Store['proposals']['open']>[0]) =>
      (await store.proposals.open(options)).map((each) => each.id);
    expect(await ids({ channelIds: ['C111'], limit: 10 })).toEqual([newer.id, proposal.id]);
    expect(await ids({ limit: 2 })).toEqual([elsewhere.id, newer.id]);
    expect(await ids({ channelIds: [], limit: 10 })).toEqual([]);
  });
});
