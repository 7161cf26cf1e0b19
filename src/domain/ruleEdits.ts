/**
 * Changes to a stored rule when a series is split ("from this date on") or exported. Rules keep the floating-time
 * convention of recurrence.ts: an UNTIL in a stored rule is wall-clock time in the series' zone.
 */

import rrule from 'rrule';
import type { LocalDateTime } from './hackfest.ts';
import { fromWallClockMs, toInstant, wallClockMs } from './zonedTime.ts';

const { RRule } = rrule;
const MINUTE_MS = 60_000;

const write = (options: Partial<rrule.Options>) => RRule.optionsToString(options).replace(/^RRULE:/, '');

/** The rule, ending just before the occurrence that starts at `start` (wall clock), whatever COUNT it had. */
export function endBefore(rule: string, start: LocalDateTime): string {
  const options = RRule.parseString(rule);
  const last = wallClockMs(start) - MINUTE_MS;
  const until = options.until && options.until.getTime() < last ? options.until : new Date(last);
  const { count: _count, ...rest } = options;
  return write({ ...rest, until });
}

/** The rule with only the occurrences that remain, when it was limited by COUNT; otherwise unchanged. */
export function withRemainingCount(rule: string, remaining: () => number): string {
  const options = RRule.parseString(rule);
  return options.count ? write({ ...options, count: remaining() }) : rule;
}

/** The rule as a calendar file states it: with a DTSTART in a zone, RFC 5545 wants UNTIL in UTC. */
export function calendarRule(rule: string, zone: string): string {
  const options = RRule.parseString(rule);
  if (!options.until) return rule;
  return write({ ...options, until: new Date(toInstant(fromWallClockMs(options.until.getTime()), zone)) });
}
