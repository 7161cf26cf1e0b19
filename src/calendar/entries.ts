import type { Hackfest, Series } from '../domain/hackfest.ts';
import { calendarRule } from '../domain/ruleEdits.ts';
import { toInstant, toLocal } from '../domain/zonedTime.ts';
import type { CalendarEntry } from './types.ts';

/** One hackfest as a calendar event of its own. */
export function hackfestEntry(hackfest: Hackfest): CalendarEntry {
  return {
    uid: hackfest.id,
    title: hackfest.title,
    description: hackfest.description,
    startsAt: hackfest.startsAt,
    start: toLocal(hackfest.startsAt, hackfest.timeZone),
    durationMs: hackfest.durationMs,
    timeZone: hackfest.timeZone,
  };
}

/** A series as one recurring event, without the dates it skips or moved elsewhere. */
export function seriesEntry(series: Series, notOnRule: readonly string[]): CalendarEntry {
  return {
    uid: series.id,
    title: series.title,
    description: series.description,
    startsAt: toInstant(series.firstStart, series.timeZone),
    start: series.firstStart,
    durationMs: series.durationMs,
    timeZone: series.timeZone,
    recurrence: {
      rule: calendarRule(series.rule, series.timeZone),
      exdates: [...new Set([...series.skippedDates, ...notOnRule])].sort().map((date) => ({
        date,
        time: series.firstStart.time,
      })),
    },
  };
}

/** True when an occurrence no longer starts where its series' rule puts it (someone moved it). */
export function movedFromRule(hackfest: Hackfest, series: Series): boolean {
  if (!hackfest.occurrenceDate) return false;
  return (
    hackfest.startsAt !== toInstant({ date: hackfest.occurrenceDate, time: series.firstStart.time }, series.timeZone)
  );
}
