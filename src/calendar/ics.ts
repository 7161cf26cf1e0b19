import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, type ICalEventData } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { LocalDateTime } from '../domain/hackfest.ts';
import type { CalendarEntry } from './types.ts';

const UID_DOMAIN = 'hackfest';
const KNOWN_ZONES = new Set<string>(tzlib_get_timezones(false));

/** An RFC 5545 calendar with one VEVENT per entry (a series is one VEVENT with RRULE and EXDATE). */
export function buildCalendar(entries: CalendarEntry[], options: { name: string; now: number }): string {
  return ical({
    name: options.name,
    prodId: { company: 'Hackfest', product: 'Hackfest', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: the generator only adds one VTIMEZONE per zone the events use.
    timezone: { name: null, generator: (tzid) => vtimezone(tzid).block },
    events: entries.map((entry) => toEvent(entry, options.now)),
  }).toString();
}

/** A file name safe on every OS, e.g. 'Winter Hackfest' → 'winter-hackfest.ics'. */
export function calendarFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'hackfest'}.ics`;
}

function toEvent(entry: CalendarEntry, now: number): ICalEventData {
  const { tzid } = vtimezone(entry.timeZone);
  return {
    id: `${entry.uid}@${UID_DOMAIN}`,
    // Clients replace an imported event only when SEQUENCE grows; minutes since the epoch always do and fit in 32 bits.
    sequence: Math.floor(now / 60_000),
    stamp: new Date(now),
    lastModified: new Date(now),
    start: new TZDate(entry.startsAt, tzid),
    end: new TZDate(entry.startsAt + entry.durationMs, tzid),
    timezone: tzid,
    summary: entry.title,
    description: describe(entry),
    url: entry.url ?? null,
    repeating: entry.recurrence ? recurrenceLines(entry.recurrence, tzid) : null,
  };
}

// ORGANIZER needs an e-mail address we do not have, so the organizer's name goes into the description.
function describe(entry: CalendarEntry): string {
  const organizer = entry.organizer ? `Organized by ${entry.organizer.name}` : '';
  return [entry.description, organizer].filter((part) => part !== '').join('\n\n');
}

function recurrenceLines(recurrence: NonNullable<CalendarEntry['recurrence']>, tzid: string): string {
  // The rule is copied verbatim into the file, so a stray line break would corrupt it.
  if (!/^[A-Za-z0-9=;,+-]+$/.test(recurrence.rule)) {
    throw new Error(`Not an RRULE body: ${JSON.stringify(recurrence.rule)}`);
  }
  const lines = [`RRULE:${recurrence.rule}`];
  if (recurrence.exdates.length > 0) {
    lines.push(`EXDATE;TZID=${tzid}:${recurrence.exdates.map(icsLocalDateTime).join(',')}`);
  }
  return lines.join('\r\n');
}

function icsLocalDateTime({ date, time }: LocalDateTime): string {
  return `${date.replaceAll('-', '')}T${time.replace(':', '')}00`;
}

/**
 * The VTIMEZONE block for a zone and the TZID it declares. The library names aliases canonically
 * ('UTC' → 'Etc/UTC', 'US/Eastern' → 'America/New_York'), so events must use that TZID to match the block.
 */
function vtimezone(zone: string): { tzid: string; block: string } {
  // Checked first because the library logs to the console for a zone it does not know.
  const [block, tzidParameter] = KNOWN_ZONES.has(zone) ? tzlib_get_ical_block(zone, false) : [];
  if (typeof block !== 'string' || typeof tzidParameter !== 'string') {
    throw new Error(`Unknown time zone: ${zone}`);
  }
  return { tzid: tzidParameter.replace(/^TZID=/, ''), block };
}
