import type { LocalDateTime } from '../domain/hackfest.ts';

/** One event as calendars see it: a one-off, or the first occurrence of a series plus its rule. Times are epoch ms. */
export type CalendarEntry = {
  /** Stable across exports, so re-importing updates the event instead of duplicating it. */
  uid: string;
  title: string;
  description: string;
  startsAt: number;
  /** The same moment as `startsAt`, as the wall clock in `timeZone` shows it. */
  start: LocalDateTime;
  durationMs: number;
  /** IANA zone; a series keeps its wall-clock time in it across DST changes. */
  timeZone: string;
  url?: string;
  organizer?: { name: string };
  recurrence?: {
    /** RRULE body without DTSTART, e.g. 'FREQ=MONTHLY;BYDAY=+2FR'. */
    rule: string;
    /** Skipped occurrences, as wall-clock starts in `timeZone`. */
    exdates: LocalDateTime[];
  };
};
