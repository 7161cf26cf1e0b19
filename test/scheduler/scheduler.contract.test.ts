import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LONGEST_SLEEP_MS, MAX_ATTEMPTS } from '../../src/domain/dueWork.ts';
import { type DueJob, NotYetError, type Store } from '../../src/ports.ts';
import { createScheduler, type JobHandler, type Scheduler } from '../../src/scheduler/scheduler.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { silentLogger } from '../support/silentLogger.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

const SECOND = 1_000;
const DAY = 24 * 60 * 60 * SECOND;

/** A handler that records each run and lets the test wait for the n-th. */
function recorder(behaviour: (job: DueJob, run: number) => void = () => {}) {
  const runs: DueJob[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];
  const handler: JobHandler = async (job) => {
    runs.push(job);
    for (const waiter of waiting.filter(({ count }) => runs.length >= count)) waiter.resolve();
    behaviour(job, runs.length);
  };
  const ran = (count: number) =>
    new Promise<void>((resolve) => (runs.length >= count ? resolve() : waiting.push({ count, resolve })));
  return { runs, handler, ran };
}

describe.each(engines)('scheduler on $name', (engine) => {
  let time: FakeTime;
  let testStore: TestStore;
  let store: Store;
  const schedulers: Scheduler[] = [];
  const startScheduler = (claimer: Store, handler: JobHandler, leaseMs = 30 * SECOND, concurrency?: number) => {
    const scheduler = createScheduler({
      claims: claimer.dueJobClaims,
      clock: time,
      timers: time,
      handlers: { gong: handler },
      logger: silentLogger,
      leaseMs,
      concurrency,
    });
    schedulers.push(scheduler);
    scheduler.start();
    return scheduler;
  };
  /** Lets every scheduler finish what it is doing, then says how long until one of them wakes. */
  const settle = async () => {
    await Promise.all(schedulers.map((scheduler) => scheduler.idle()));
    return time.untilNextTimer();
  };

  beforeEach(async () => {
    time = new FakeTime();
    testStore = await createTestStore(engine, time);
    store = testStore.store;
  });
  afterEach(async () => {
    await Promise.all(schedulers.splice(0).map((scheduler) => scheduler.stop(0)));
    await testStore.drop();
  });

  it('when a job is due in 5 s, then the scheduler sleeps 5 s and runs it then, not before', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 5 * SECOND, payload: { demo: 'd1' } });
    const { runs, handler, ran } = recorder();

    startScheduler(store, handler);

    expect(await settle()).toBe(5 * SECOND);
    time.advance(5 * SECOND - 1);
    await settle();
    expect(runs).toEqual([]);
    time.advance(1);
    await ran(1);
    expect(runs[0]?.payload).toEqual({ demo: 'd1' });
  });

  it('when a due job is scheduled while the scheduler is looking, then it runs without waiting for a timer', async () => {
    const { runs, handler } = recorder();
    let scheduler: Scheduler | undefined;
    const watched = await testStore.reopen((dueAt) => scheduler?.wake(dueAt));
    scheduler = startScheduler(watched, handler);

    await watched.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    await settle();

    expect(runs).toHaveLength(1);
  });

  it('when a job is scheduled due before the next wake-up, then the scheduler wakes for it instead', async () => {
    const { runs, handler, ran } = recorder();
    let scheduler: Scheduler | undefined;
    const watched = await testStore.reopen((dueAt) => scheduler?.wake(dueAt));
    await watched.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 60 * SECOND, payload: { job: 'later' } });
    scheduler = startScheduler(watched, handler);
    expect(await settle()).toBe(60 * SECOND);

    await watched.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 5 * SECOND, payload: { job: 'sooner' } });

    expect(await settle()).toBe(5 * SECOND);
    time.advance(5 * SECOND);
    await ran(1);
    expect(runs.map((job) => job.payload)).toEqual([{ job: 'sooner' }]);
  });

  it('when a burst of jobs is scheduled due after the next wake-up, then none makes the scheduler look early', async () => {
    const { handler, ran } = recorder();
    let scheduler: Scheduler | undefined;
    const watched = await testStore.reopen((dueAt) => scheduler?.wake(dueAt));
    let claimRounds = 0;
    const counted: Store = {
      ...watched,
      dueJobClaims: {
        ...watched.dueJobClaims,
        claim: (request) => {
          claimRounds++;
          return watched.dueJobClaims.claim(request);
        },
      },
    };
    await watched.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 5 * SECOND, payload: {} });
    scheduler = startScheduler(counted, handler);
    await settle();
    const roundsBefore = claimRounds;

    for (let job = 0; job < 50; job++)
      await watched.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 30 * SECOND, payload: { job } });

    expect(await settle()).toBe(5 * SECOND);
    expect(claimRounds).toBe(roundsBefore);
    time.advance(5 * SECOND);
    await ran(1);
    time.advance(25 * SECOND);
    await ran(51);
  });

  it('when it runs as many jobs as it may, then it does not look for more until one of them finishes', async () => {
    let lookups = 0;
    const counted: Store = {
      ...store,
      dueJobClaims: {
        ...store.dueJobClaims,
        nextWakeAt: () => {
          lookups++;
          return store.dueJobClaims.nextWakeAt();
        },
      },
    };
    for (const job of [1, 2]) await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: { job } });
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { handler, ran } = recorder();

    startScheduler(
      counted,
      async (job) => {
        await handler(job);
        await finished;
      },
      30 * SECOND,
      1,
    );
    await ran(1);
    await new Promise(setImmediate);

    expect(lookups).toBe(0);
    finish();
    await ran(2);
  });

  it('when a job is due in 40 days, then it does not run now and the scheduler sleeps at most an hour at a time', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now() + 40 * DAY, payload: {} });
    const { runs, handler } = recorder();

    startScheduler(store, handler);
    expect(await settle()).toBe(LONGEST_SLEEP_MS);
    time.advance(LONGEST_SLEEP_MS);

    expect(await settle()).toBe(LONGEST_SLEEP_MS);
    expect(runs).toEqual([]);
  });

  it('when a job fails, then it is retried with backoff and completed once it succeeds', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    const { runs, handler, ran } = recorder((_job, run) => {
      if (run === 1) throw new Error('slack is down');
    });

    startScheduler(store, handler);
    await ran(1);
    const backoff = await settle();
    time.advance(backoff);
    await ran(2);
    await settle();

    expect(backoff).toBe(5 * SECOND);
    expect(runs.map((job) => job.attempts)).toEqual([1, 2]);
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });

  it('when a job cannot run yet, then it runs after the wait it named, without it counting as an attempt', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    const { runs, handler, ran } = recorder((_job, run) => {
      if (run < 3) throw new NotYetError(2 * SECOND);
    });

    startScheduler(store, handler);
    await ran(1);
    expect(await settle()).toBe(2 * SECOND);
    time.advance(2 * SECOND);
    await ran(2);
    time.advance(await settle());
    await ran(3);
    await settle();

    expect(runs.map((job) => job.attempts)).toEqual([1, 1, 1]);
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });

  it(`when a job fails ${MAX_ATTEMPTS} times, then the scheduler gives up on it`, async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    const { runs, handler, ran } = recorder(() => {
      throw new Error('channel_not_found');
    });

    startScheduler(store, handler);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      await ran(attempt);
      time.advance(await settle());
    }
    await ran(MAX_ATTEMPTS);
    await settle();

    expect(runs).toHaveLength(MAX_ATTEMPTS);
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });

  it('when its claimer dies mid-job, then another scheduler runs the job once the lease ends', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    await store.dueJobClaims.claim({ now: time.now(), owner: 'crashed', leaseMs: 30 * SECOND, limit: 1 });
    const { runs, handler, ran } = recorder();

    startScheduler(store, handler);

    expect(await settle()).toBe(30 * SECOND);
    expect(runs).toEqual([]);
    time.advance(30 * SECOND);
    await ran(1);
    expect(runs[0]?.attempts).toBe(2);
  });

  it('when it stops while a job runs past the grace period, then the job is handed back for another process', async () => {
    await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: {} });
    const { handler, ran } = recorder();
    const hanging: JobHandler = async (job) => {
      await handler(job);
      await new Promise(() => {});
    };

    const scheduler = startScheduler(store, hanging);
    await ran(1);
    const stopped = scheduler.stop(1_000);
    time.advance(1_000);
    await stopped;

    expect(await store.dueJobClaims.claim({ now: time.now(), owner: 'other', leaseMs: 1, limit: 1 })).toHaveLength(1);
  });

  it('when two schedulers race over 200 due jobs, then each job runs exactly once', async () => {
    for (let i = 0; i < 200; i++) await store.dueJobs.schedule({ kind: 'gong', dueAt: time.now(), payload: { i } });
    const other = await testStore.reopen();
    const all = recorder();
    const runsOf =
      (name: string): JobHandler =>
      async (job) => {
        await all.handler({ ...job, key: name });
      };

    startScheduler(store, runsOf('a'));
    startScheduler(other, runsOf('b'));
    while (all.runs.length < 200) time.advance(await settle());
    await settle();

    const ids = all.runs.map((job) => job.id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(await store.dueJobClaims.nextWakeAt()).toBeUndefined();
  });
});
