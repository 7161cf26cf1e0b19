import { randomUUID } from 'node:crypto';
import { afterFailure, sleepUntil } from '../domain/dueWork.ts';
import type { Logger } from '../logger.ts';
import { type Clock, type DueJob, type DueJobClaims, NotYetError } from '../ports.ts';

export type JobHandler = (job: DueJob) => Promise<void>;

/** Timers are injected with the clock, so tests can move time by hand. */
export interface Timers {
  setTimer(callback: () => void, delayMs: number): () => void;
}

export const realTimers: Timers = {
  setTimer(callback, delayMs) {
    const handle = setTimeout(callback, delayMs);
    return () => clearTimeout(handle);
  },
};

export type SchedulerOptions = {
  claims: DueJobClaims;
  clock: Clock;
  timers: Timers;
  handlers: Readonly<Record<string, JobHandler>>;
  logger: Logger;
  /** How long a claim holds before another process may run the job (its claimer presumed dead). */
  leaseMs?: number;
  /** How many jobs this process runs at once. */
  concurrency?: number;
};

export type Scheduler = {
  start(): void;
  /**
   * Looks for due work now: on a periodic sweep for jobs other processes added, or after this process scheduled a
   * job due at `dueAt`, unless the next wake-up is already set for then or earlier (a burst of scheduled jobs, such as
   * a series' reminders, must not make every one a database round of claims).
   */
  wake(dueAt?: number): void;
  /** Resolves once no job is running and the wake-up for the next one is set. */
  idle(): Promise<void>;
  /** Takes no new work, waits for running jobs up to `graceMs`, and hands back the rest. */
  stop(graceMs?: number): Promise<void>;
};

/**
 * Runs due jobs from the database: sleeps until the earliest one is due, claims it with a lease, runs its
 * handler, and marks it done, or retries it with backoff. Any number of processes may run one each.
 */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { claims, clock, timers, handlers, logger } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = options.concurrency ?? 10;
  const owner = randomUUID();
  const running = new Map<string, Promise<void>>();
  let cancelTimer: (() => void) | undefined;
  let armedAt: number | undefined;
  let ticking = false;
  let tickAgain = false;
  let stopping = false;
  let idleWaiters: Array<() => void> = [];

  function notifyIdle(): void {
    if (ticking || running.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  async function tick(): Promise<void> {
    if (stopping) return;
    if (ticking) {
      tickAgain = true;
      return;
    }
    ticking = true;
    tickAgain = false;
    try {
      await claimAndRun();
      // With every slot taken, the job that finishes first looks again; a timer would only poll the database.
      if (running.size >= concurrency) disarm();
      else arm(sleepUntil(await claims.nextWakeAt(), clock.now()));
    } catch (error) {
      logger.error({ err: error }, 'scheduler could not reach the database; trying again shortly');
      arm(5_000);
    } finally {
      ticking = false;
    }
    // A wake-up that came while this tick ran (a job scheduled, a job finished) may concern work it did not see.
    if (tickAgain && !stopping) await tick();
    else notifyIdle();
  }

  async function claimAndRun(): Promise<void> {
    while (!stopping) {
      const free = concurrency - running.size;
      if (free <= 0) return;
      const jobs = await claims.claim({ now: clock.now(), owner, leaseMs, limit: free });
      for (const job of jobs) running.set(job.id, run(job));
      if (jobs.length < free) return;
    }
  }

  async function run(job: DueJob): Promise<void> {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for due job kind "${job.kind}"`);
      await handler(job);
      await claims.complete(job.id, owner, clock.now());
    } catch (error) {
      const settle =
        error instanceof NotYetError
          ? claims.postpone(job.id, owner, clock.now() + error.waitMs)
          : settleFailure(job, error);
      await settle.catch((settleError) =>
        logger.error({ err: settleError, job: job.id }, 'could not record a failed job; its lease will expire'),
      );
    } finally {
      running.delete(job.id);
      if (!stopping) void tick();
    }
  }

  async function settleFailure(job: DueJob, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const outcome = afterFailure(job.attempts, clock.now());
    if ('abandon' in outcome) {
      logger.error({ err: error, job: job.id, kind: job.kind, attempts: job.attempts }, 'due job failed; giving up');
      await claims.abandon(job.id, owner, clock.now(), message);
    } else {
      logger.warn({ err: error, job: job.id, kind: job.kind, retryAt: outcome.retryAt }, 'due job failed; will retry');
      await claims.retry(job.id, owner, outcome.retryAt, message);
    }
  }

  function arm(delayMs: number): void {
    disarm();
    if (stopping) return;
    cancelTimer = timers.setTimer(() => void tick(), delayMs);
    armedAt = clock.now() + delayMs;
  }

  function disarm(): void {
    cancelTimer?.();
    cancelTimer = undefined;
    armedAt = undefined;
  }

  function wake(dueAt?: number): void {
    // While a tick runs, it may have read the next due time before this job was committed: look again after it.
    if (!ticking && dueAt !== undefined && armedAt !== undefined && armedAt <= dueAt) return;
    void tick();
  }

  return {
    start: () => void tick(),
    wake,
    idle: () =>
      new Promise((resolve) => {
        idleWaiters.push(resolve);
        notifyIdle();
      }),
    async stop(graceMs = 10_000) {
      stopping = true;
      cancelTimer?.();
      if (running.size > 0 && graceMs > 0) {
        let cancelGrace = () => {};
        const graceOver = new Promise<void>((resolve) => {
          cancelGrace = timers.setTimer(resolve, graceMs);
        });
        await Promise.race([Promise.allSettled(running.values()), graceOver]);
        cancelGrace();
      }
      await claims.release([...running.keys()], owner);
    },
  };
}
