import { FEEDBACK_JOBS } from '../domain/feedback.ts';
import { ANNOUNCE_JOB } from '../domain/hackfest.ts';
import { SIGNUPS_CLOSE_JOB } from '../domain/lineup.ts';
import { PROPOSAL_DIGEST_JOB } from '../domain/proposal.ts';
import { REMINDER_JOB } from '../domain/reminders.ts';
import { SHOW_JOBS } from '../domain/showJobs.ts';
import type { Logger } from '../logger.ts';
import type { Clock, DueJobs } from '../ports.ts';
import type { UseCases } from '../usecases/index.ts';
import type { CronTick } from './cron.ts';
import type { JobHandler } from './scheduler.ts';

const SERIES_TICK = 'series-tick';
const SERIES_TICK_EVERY_MS = 5 * 60_000;

/** What each kind of due job does: a use case, called by the clock. */
export function jobHandlers(useCases: UseCases, logger: Logger): Record<string, JobHandler> {
  return {
    [REMINDER_JOB]: async (job) => {
      const outcome = await useCases.postReminder(job);
      if (outcome !== 'posted') logger.info({ job: job.key, outcome }, 'reminder not posted');
    },
    [SERIES_TICK]: () => useCases.keepSeriesOnCalendar(),
    [ANNOUNCE_JOB]: (job) => useCases.announceDue(job),
    [SIGNUPS_CLOSE_JOB]: (job) => useCases.signupsClosed(job),
    [SHOW_JOBS.warning]: (job) => useCases.warnPresenter(job),
    [SHOW_JOBS.gong]: (job) => useCases.ringGong(job),
    [SHOW_JOBS.tick]: (job) => useCases.redrawShow(job),
    [PROPOSAL_DIGEST_JOB]: (job) => useCases.sendAdjustmentDigest(job),
    [FEEDBACK_JOBS.open]: (job) => useCases.hackfestOver(job),
    [FEEDBACK_JOBS.close]: (job) => useCases.feedbackDue(job),
  };
}

/**
 * Asks for the series tick as a due job keyed by its five-minute slot: every replica asks, one runs it, and a
 * restart loses nothing.
 */
export function requestSeriesTick(dueJobs: DueJobs, clock: Clock): Promise<void> {
  const now = clock.now();
  const slot = Math.floor(now / SERIES_TICK_EVERY_MS);
  return dueJobs.schedule({ kind: SERIES_TICK, key: `${SERIES_TICK}:${slot}`, dueAt: now, payload: {} });
}

export function cronTicks(options: { dueJobs: DueJobs; clock: Clock; wake: () => void }): CronTick[] {
  return [
    // Jobs that another replica scheduled are found by this sweep; this process's own wake the scheduler directly.
    { name: 'due-work-sweep', expression: '* * * * *', run: options.wake },
    { name: SERIES_TICK, expression: '*/5 * * * *', run: () => requestSeriesTick(options.dueJobs, options.clock) },
  ];
}
