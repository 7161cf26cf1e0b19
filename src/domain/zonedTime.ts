/** Wall-clock dates and times in a time zone, and the instants (epoch ms) they name. */

import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { LocalDateTime } from './hackfest.ts';

const DAY_MS = 24 * 60 * 60_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** The wall-clock fields counted as if they were UTC: calendar arithmetic free of any zone's rules. */
export function wallClockMs(local: LocalDateTime): number {
  const date = DATE.exec(local.date);
  const time = TIME.exec(local.time);
  if (!date || !time) return Number.NaN;
  return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]), Number(time[1]), Number(time[2]));
}

export function fromWallClockMs(ms: number): LocalDateTime {
  const iso = new Date(ms).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** A real calendar date (no 2026-02-30) and a time from 00:00 to 23:59. */
export function isValidLocal(local: LocalDateTime): boolean {
  const ms = wallClockMs(local);
  if (Number.isNaN(ms)) return false;
  const back = fromWallClockMs(ms);
  return back.date === local.date && back.time === local.time;
}

/** 0 for Sunday to 6 for Saturday. */
export function weekdayOf(local: LocalDateTime): number {
  return new Date(wallClockMs(local)).getUTCDay();
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function offsetMs(zone: string, instant: number): number {
  const minutes = tzOffset(zone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${zone}`);
  return minutes * 60_000;
}

/**
 * The instant a wall-clock time names in a zone, read as RFC 5545 and calendar apps read it: a time that happens twice
 * when clocks go back means the first; a time skipped when clocks go forward is read with the offset from before the
 * gap, so it moves forward by the gap (02:30 on a spring-forward night in Berlin becomes 03:30).
 */
export function toInstant(local: LocalDateTime, zone: string): number {
  if (!isValidLocal(local)) throw new RangeError(`Not a date and time: ${local.date} ${local.time}`);
  const wallClock = wallClockMs(local);
  const offsetBefore = offsetMs(zone, wallClock - DAY_MS);
  const offsetAfter = offsetMs(zone, wallClock + DAY_MS);
  const matches = [wallClock - offsetBefore, wallClock - offsetAfter].filter(
    (instant) => instant + offsetMs(zone, instant) === wallClock,
  );
  return matches.length > 0 ? Math.min(...matches) : wallClock - offsetBefore;
}

/**
 * Local times already worked out, by zone and instant: views ask for the same few (a hackfest's start) over and over,
 * a crowd's sign-up confirmations among them, and each costs a time-zone lookup. The oldest makes room.
 */
const localTimes = new Map<string, Readonly<LocalDateTime>>();
const LOCAL_TIMES_KEPT = 1_000;

export function toLocal(instant: number, zone: string): Readonly<LocalDateTime> {
  const key = `${zone} ${instant}`;
  const known = localTimes.get(key);
  if (known) return known;
  const zoned = new TZDate(instant, zone);
  const local = Object.freeze({ date: format(zoned, 'yyyy-MM-dd'), time: format(zoned, 'HH:mm') });
  if (localTimes.size >= LOCAL_TIMES_KEPT) localTimes.delete(localTimes.keys().next().value as string);
  localTimes.set(key, local);
  return local;
}

/** The first given weekday (0 = Sunday … 6) at `time` strictly after `now`, in the zone: today if it is still ahead. */
export function nextWeekdayAt(now: number, zone: string, weekday: number, time: string): LocalDateTime {
  const today = { date: toLocal(now, zone).date, time };
  const daysAhead = (weekday - weekdayOf(today) + 7) % 7;
  const candidate = fromWallClockMs(wallClockMs(today) + daysAhead * DAY_MS);
  if (toInstant(candidate, zone) > now) return candidate;
  return fromWallClockMs(wallClockMs(candidate) + 7 * DAY_MS);
}
