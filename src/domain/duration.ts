/** Lengths of time as people type and read them: 90s, 5m, 1h30m, 1 day. */

const SECOND_MS = 1_000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** Units from largest to smallest; a length names each at most once, in this order. */
const UNITS = [
  { ms: DAY_MS, words: ['d', 'day', 'days'] },
  { ms: HOUR_MS, words: ['h', 'hr', 'hrs', 'hour', 'hours'] },
  { ms: MINUTE_MS, words: ['m', 'min', 'mins', 'minute', 'minutes'] },
  { ms: SECOND_MS, words: ['s', 'sec', 'secs', 'second', 'seconds'] },
];

const WHOLE = /^(?:\d+(?:\.\d+)?\s*[a-z]+\s*)+$/;
const PART = /(\d+(?:\.\d+)?)\s*([a-z]+)/g;

/** Milliseconds in a length such as '90s', '1h 30m', '1.5h' or '2 days'; undefined if it is not a positive length. */
export function parseDuration(text: string): number | undefined {
  const ms = readLength(text);
  return ms === undefined || ms === 0 ? undefined : ms;
}

/**
 * Like parseDuration, but '0m' reads as 0: for text commands, whose range check then says what lengths fit, rather
 * than that a zero is no length at all.
 */
export function readLength(text: string): number | undefined {
  const input = text.trim().toLowerCase();
  if (!WHOLE.test(input)) return undefined;
  let total = 0;
  let previousUnit = -1;
  for (const [, amount, word] of input.matchAll(PART)) {
    const unit = UNITS.findIndex((candidate) => candidate.words.includes(word ?? ''));
    if (unit <= previousUnit) return undefined;
    total += Number(amount) * (UNITS[unit]?.ms ?? 0);
    previousUnit = unit;
  }
  return Math.round(total);
}

/** A length in words, to the second: '5m', '1m 30s', '1h 30m', '1 day', '1 day 2h'. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / SECOND_MS);
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3_600);
  const minutes = Math.floor((seconds % 3_600) / 60);
  const parts = [
    days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
    hours > 0 ? `${hours}h` : '',
    minutes > 0 ? `${minutes}m` : '',
    seconds % 60 > 0 ? `${seconds % 60}s` : '',
  ].filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' ') : '0s';
}
