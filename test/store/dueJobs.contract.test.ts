import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/ports.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

describe.each(engines)('due jobs on $name', (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;
  const lease = { owner: 'replica-a', leaseMs: 30_000, limit: 10 };

  beforeEach(async () => {
    time = new FakeTime();
    testStore = await createTestStore(engine, time);
    store = testStore.store;
  });
  afterEach(() => testStore.drop());

  it('when a job is not yet due, then nobody can claim it', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 5_000, payload: { demo: 'd1' } });

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() })).toEqual([]);
    expect(await store.dueJobClaims.nextWakeAt()).toBe(time.now() + 5_000);
  });

  it('when a job is due, then a claim returns it with its payload and counts the attempt', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: { demo: 'd1' }, key: 'gong:d1' });

    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });

    expect(job).toMatchObject({ kind: 'gong', key: 'gong:d1', payload: { demo: 'd1' }, attempts: 1 });
  });

  it('when a job is leased, then nobody else can claim it until the lease ends', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    await store.dueJobClaims.claim({ ...lease, now: time.now() });

    expect(await store.dueJobClaims.claim({ ...lease, owner: 'replica-b', now: time.now() })).toEqual([]);
    expect(await store.dueJobClaims.nextWakeAt()).toBe(time.now() + 30_000);
    const [reclaimed] = await store.dueJobClaims.claim({ ...lease, owner: 'replica-b', now: time.now() + 30_000 });
    expect(reclaimed?.attempts).toBe(2);
  });

  it('when a job is completed, then it is never claimed again, and only its claimer can complete it', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    if (!job) throw new Error('expected a claim');

    await store.dueJobClaims.complete(job.id, 'replica-b', time.now());
    expect(await store.dueJobClaims.nextWakeAt()).toBe(time.now() + 30_000);
    await store.dueJobClaims.complete(job.id, 'replica-a', time.now());

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 60_000 })).toEqual([]);
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });

  it('when a job is retried, then it comes back at the retry time', async () => {
    await store.dueJobs.schedule({ kind: 'reminder', dueAt: time.now(), payload: {} });
    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    if (!job) throw new Error('expected a claim');

    await store.dueJobClaims.retry(job.id, lease.owner, time.now() + 10_000, 'slack said 503');

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 9_999 })).toEqual([]);
    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 10_000 })).toMatchObject([{ attempts: 2 }]);
  });

  it('when claimed jobs are released, then they can be claimed at once without using up an attempt', async () => {
    await store.dueJobs.schedule({ kind: 'reminder', dueAt: time.now(), payload: {} });
    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    if (!job) throw new Error('expected a claim');

    await store.dueJobClaims.release([job.id], lease.owner);

    expect(await store.dueJobClaims.claim({ ...lease, owner: 'replica-b', now: time.now() })).toMatchObject([
      { id: job.id, attempts: 1 },
    ]);
  });

  it('when a keyed job is scheduled again, then it moves instead of doubling', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 60_000, payload: { n: 1 }, key: 'gong:d1' });
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 90_000, payload: { n: 2 }, key: 'gong:d1' });

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 60_000 })).toEqual([]);
    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 90_000 })).toMatchObject([
      { payload: { n: 2 } },
    ]);
  });

  it('when jobs are scheduled together, then each is there, and of two with one key the later one counts', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 60_000, payload: { n: 0 }, key: 'gong:d0' });

    await store.dueJobs.schedule([
      { kind: 'gong', dueAt: time.now(), payload: { n: 1 }, key: 'gong:d1' },
      { kind: 'gong', dueAt: time.now(), payload: { n: 2 } },
      { kind: 'gong', dueAt: time.now(), payload: { n: 3 }, key: 'gong:d1' },
      { kind: 'gong', dueAt: time.now(), payload: { n: 4 }, key: 'gong:d0' },
    ]);

    const claimed = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    expect(claimed.map((job) => job.payload)).toEqual(expect.arrayContaining([{ n: 2 }, { n: 3 }, { n: 4 }]));
    expect(claimed).toHaveLength(3);
  });

  it('when a keyed job that already ran is scheduled again, then it does not run again', async () => {
    await store.dueJobs.schedule({ kind: 'tick', dueAt: time.now(), payload: {}, key: 'tick:09:40' });
    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    if (!job) throw new Error('expected a claim');
    await store.dueJobClaims.complete(job.id, lease.owner, time.now());

    await store.dueJobs.schedule({ kind: 'tick', dueAt: time.now(), payload: {}, key: 'tick:09:40' });

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() })).toEqual([]);
  });

  it('when a keyed job is moved while being run, then the old run cannot complete it and it runs at the new time', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {}, key: 'gong:d1' });
    const [job] = await store.dueJobClaims.claim({ ...lease, now: time.now() });
    if (!job) throw new Error('expected a claim');

    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 60_000, payload: {}, key: 'gong:d1' });
    await store.dueJobClaims.complete(job.id, lease.owner, time.now());

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() + 60_000 })).toMatchObject([{ key: 'gong:d1' }]);
  });

  it('when a keyed job is cancelled, then it never runs', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {}, key: 'gong:d1' });
    await store.dueJobs.cancel('gong:d1');

    expect(await store.dueJobClaims.claim({ ...lease, now: time.now() })).toEqual([]);
  });

  it('when a transaction fails, then the jobs it scheduled are not there', async () => {
    const failed = store.transaction(async ({ dueJobs }) => {
      await dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
      throw new Error('the use case changed its mind');
    });

    await expect(failed).rejects.toThrow('changed its mind');
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });

  it('when two claimers race over 200 due jobs, then each job is won exactly once, and no claim takes more than its limit', async () => {
    for (let i = 0; i < 200; i++) await store.dueJobs.schedule({ kind: 'reminder', dueAt: time.now(), payload: { i } });
    const other = await testStore.reopen();
    const claimAll = async (claimer: Store, owner: string) => {
      const won: string[] = [];
      let largest = 0;
      for (;;) {
        const jobs = await claimer.dueJobClaims.claim({ owner, leaseMs: 60_000, limit: 7, now: time.now() });
        if (jobs.length === 0) return { won, largest };
        won.push(...jobs.map((job) => job.id));
        largest = Math.max(largest, jobs.length);
      }
    };

    const [a, b] = await Promise.all([claimAll(store, 'a'), claimAll(other, 'b')]);

    expect(a.won.length + b.won.length).toBe(200);
    expect(new Set([...a.won, ...b.won]).size).toBe(200);
    // A claimer never takes more than it asked for: the jobs it takes but cannot start would wait out their lease.
    expect(Math.max(a.largest, b.largest)).toBeLessThanOrEqual(7);
  });
});
