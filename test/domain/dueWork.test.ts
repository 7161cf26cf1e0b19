import { describe, expect, it } from 'vitest';
import { afterFailure, LONGEST_SLEEP_MS, MAX_ATTEMPTS, sleepUntil } from '../../src/domain/dueWork.ts';

const NOW = Date.parse('2026-12-11T13:00:00Z');

describe('due work rules', () => {
  it('when a job fails, then it is retried after 5 s, doubling each time up to 15 minutes', () => {
    const delays = [1, 2, 3, 4, 5, 6, 7].map((attempts) => {
      const outcome = afterFailure(attempts, NOW);
      return 'retryAt' in outcome ? outcome.retryAt - NOW : 'abandon';
    });

    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000]);
  });

  it(`when a job has failed ${MAX_ATTEMPTS} times, then it is abandoned`, () => {
    expect(afterFailure(MAX_ATTEMPTS, NOW)).toEqual({ abandon: true });
  });

  it('when the next job is due soon, then the scheduler sleeps exactly until then', () => {
    expect(sleepUntil(NOW + 5_000, NOW)).toBe(5_000);
    expect(sleepUntil(NOW - 5_000, NOW)).toBe(0);
  });

  it('when the next job is 40 days away or there is none, then the scheduler sleeps at most an hour', () => {
    expect(sleepUntil(NOW + 40 * 24 * 3_600_000, NOW)).toBe(LONGEST_SLEEP_MS);
    expect(sleepUntil(undefined, NOW)).toBe(LONGEST_SLEEP_MS);
    expect(LONGEST_SLEEP_MS).toBeLessThan(2 ** 31 - 1);
  });
});
