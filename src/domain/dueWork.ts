/** Rules for running due work: when to try a failed job again, and how long the scheduler may sleep. */

export const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 5_000;
const LONGEST_RETRY_MS = 15 * 60_000;

/** Node fires a timer longer than 2^31-1 ms at once, so a far-off job must be waited for in shorter steps. */
export const LONGEST_SLEEP_MS = 60 * 60_000;

export type Outcome = { retryAt: number } | { abandon: true };

/** After a failed attempt: try again with exponential backoff, or give up after MAX_ATTEMPTS. */
export function afterFailure(attempts: number, now: number): Outcome {
  if (attempts >= MAX_ATTEMPTS) return { abandon: true };
  return { retryAt: now + Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), LONGEST_RETRY_MS) };
}

/** How long to sleep until the next job may be claimed; never past LONGEST_SLEEP_MS. */
export function sleepUntil(nextWakeAt: number | undefined, now: number): number {
  if (nextWakeAt === undefined) return LONGEST_SLEEP_MS;
  return Math.min(Math.max(nextWakeAt - now, 0), LONGEST_SLEEP_MS);
}
