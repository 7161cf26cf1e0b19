/** The value below which `p` percent of the values fall (nearest rank); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = values.toSorted((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** The most events that fall within any window of `windowMs` (times in ms, any order). */
export function mostInWindow(times: readonly number[], windowMs: number): number {
  const sorted = times.toSorted((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while ((sorted[last] ?? 0) - (sorted[first] ?? 0) >= windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

/** Milliseconds with one decimal, for tables. */
export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** Seconds with two decimals, for tables. */
export const seconds = (valueMs: number) => (Number.isFinite(valueMs) ? (valueMs / 1000).toFixed(2) : '–');

/** The shortest time between two consecutive events (times in ms, any order); Infinity for fewer than two. */
export function shortestGap(times: readonly number[]): number {
  const sorted = times.toSorted((a, b) => a - b);
  return Math.min(...sorted.slice(1).map((at, i) => at - (sorted[i] ?? at)));
}
