import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarFileName } from '../../src/calendar/ics.ts';
import type { CalendarEntry } from '../../src/calendar/types.ts';

const NOW = Date.parse('2026-11-01T09:00:00Z');
const HOUR = 60 * 60_000;

const winterHackfest: CalendarEntry = {
  uid: 'hf-winter',
  title: 'Winter Hackfest',
  description: 'Demos at four.',
  startsAt: Date.parse('2026-12-11T13:00:00Z'),
  start: { date: '2026-12-11', time: '14:00' },
  durationMs: 3 * HOUR,
  timeZone: 'Europe/Berlin',
  url: 'https://acme.slack.com/archives/C123/p1700000000000100',
};

const monthlyHackfest: CalendarEntry = {
  uid: 'series-monthly',
  title: 'Monthly Hackfest',
  description: 'Second Friday of every month.',
  startsAt: Date.parse('2026-01-09T13:00:00Z'),
  start: { date: '2026-01-09', time: '14:00' },
  durationMs: 3 * HOUR,
  timeZone: 'Europe/Berlin',
  recurrence: {
    rule: 'FREQ=MONTHLY;BYDAY=+2FR',
    exdates: [
      { date: '2026-03-13', time: '14:00' },
      { date: '2026-04-10', time: '14:00' },
    ],
  },
};

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => {
    return component?.type === 'VEVENT';
  });
}

function onlyEvent(text: string): VEvent {
  const [event, ...others] = events(text);
  if (!event || others.length > 0) throw new Error('expected exactly one VEVENT');
  return event;
}

function unfolded(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function berlinWallClock(instant: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}

describe('building an iCalendar file', () => {
  it('when a one-off is built, then it parses back with its start instant, end, summary and zone', () => {
    const text = buildCalendar([winterHackfest], { name: 'Hackfests', now: NOW });
    const event = onlyEvent(text);

    expect(event.start.toISOString()).toBe('2026-12-11T13:00:00.000Z');
    expect(event.end?.toISOString()).toBe('2026-12-11T16:00:00.000Z');
    expect(event.start.tz).toBe('Europe/Berlin');
    expect(event.summary).toBe('Winter Hackfest');
    expect(event.description).toBe('Demos at four.');
    expect(event.uid).toBe('hf-winter@hackfest');
    expect(event.rrule).toBeUndefined();
    expect(unfolded(text)).toContain('DTSTART;TZID=Europe/Berlin:20261211T140000\r\n');
    expect(unfolded(text)).toContain('DTEND;TZID=Europe/Berlin:20261211T170000\r\n');
    expect(unfolded(text)).toContain('URL;VALUE=URI:https://acme.slack.com/archives/C123/p1700000000000100\r\n');
  });

  it('when a one-off is built, then DTSTAMP and LAST-MODIFIED are now, in UTC', () => {
    const text = buildCalendar([winterHackfest], { name: 'Hackfests', now: NOW });

    expect(text).toContain('DTSTAMP:20261101T090000Z\r\n');
    expect(text).toContain('LAST-MODIFIED:20261101T090000Z\r\n');
  });

  it('when a series is built, then it is one VEVENT with its RRULE and EXDATEs', () => {
    const text = buildCalendar([monthlyHackfest], { name: 'Hackfests', now: NOW });
    const event = onlyEvent(text);

    expect(unfolded(text)).toContain('RRULE:FREQ=MONTHLY;BYDAY=+2FR\r\n');
    expect(unfolded(text)).toContain('EXDATE;TZID=Europe/Berlin:20260313T140000,20260410T140000\r\n');
    expect(event.rrule?.toString()).toContain('FREQ=MONTHLY;BYDAY=+2FR');
    expect(Object.values(event.exdate ?? {}).map((date) => date.toISOString())).toEqual(
      expect.arrayContaining(['2026-03-13T13:00:00.000Z', '2026-04-10T12:00:00.000Z']),
    );
  });

  it('when a monthly series at 14:00 Berlin time is expanded, then every occurrence is at 14:00 there, DST or not', () => {
    const text = buildCalendar([monthlyHackfest], { name: 'Hackfests', now: NOW });
    const occurrences = ical
      .expandRecurringEvent(onlyEvent(text), { from: new Date('2026-01-01'), to: new Date('2026-12-31') })
      .map((instance) => instance.start);

    expect(occurrences.map((start) => start.toISOString())).toEqual([
      '2026-01-09T13:00:00.000Z',
      '2026-02-13T13:00:00.000Z',
      '2026-05-08T12:00:00.000Z',
      '2026-06-12T12:00:00.000Z',
      '2026-07-10T12:00:00.000Z',
      '2026-08-14T12:00:00.000Z',
      '2026-09-11T12:00:00.000Z',
      '2026-10-09T12:00:00.000Z',
      '2026-11-13T13:00:00.000Z',
      '2026-12-11T13:00:00.000Z',
    ]);
    expect(new Set(occurrences.map(berlinWallClock))).toEqual(new Set(['14:00']));
  });

  it('when a zone has DST, then its VTIMEZONE describes both standard and daylight time', () => {
    const text = buildCalendar([monthlyHackfest], { name: 'Hackfests', now: NOW });
    const vtimezone = text.match(/BEGIN:VTIMEZONE\r\n[\s\S]*?END:VTIMEZONE/)?.[0] ?? '';

    expect(vtimezone).toContain('TZID:Europe/Berlin\r\n');
    expect(vtimezone).toContain('BEGIN:STANDARD\r\n');
    expect(vtimezone).toContain('BEGIN:DAYLIGHT\r\n');
  });

  it('when entries use two zones, then there is one VTIMEZONE for each', () => {
    const newYork: CalendarEntry = { ...winterHackfest, uid: 'hf-ny', timeZone: 'America/New_York' };
    const text = buildCalendar([winterHackfest, monthlyHackfest, newYork], { name: 'Hackfests', now: NOW });

    expect(text.match(/^TZID:.*$/gm)).toEqual(['TZID:Europe/Berlin', 'TZID:America/New_York']);
    expect(events(text)).toHaveLength(3);
  });

  it('when a zone is an alias such as UTC, then the events use the TZID its VTIMEZONE declares', () => {
    const utc: CalendarEntry = { ...winterHackfest, timeZone: 'UTC', start: { date: '2026-12-11', time: '13:00' } };
    const text = buildCalendar([utc], { name: 'Hackfests', now: NOW });

    expect(text).toContain('TZID:Etc/UTC\r\n');
    expect(text).toContain('DTSTART;TZID=Etc/UTC:20261211T130000\r\n');
    expect(onlyEvent(text).start.toISOString()).toBe('2026-12-11T13:00:00.000Z');
  });

  it('when the zone is unknown, then building fails', () => {
    const nowhere: CalendarEntry = { ...winterHackfest, timeZone: 'Mars/Olympus_Mons' };

    expect(() => buildCalendar([nowhere], { name: 'Hackfests', now: NOW })).toThrow('Unknown time zone');
  });

  it('when the rule holds a line break, then building fails', () => {
    const injected: CalendarEntry = {
      ...monthlyHackfest,
      recurrence: { rule: 'FREQ=MONTHLY\r\nSUMMARY:oops', exdates: [] },
    };

    expect(() => buildCalendar([injected], { name: 'Hackfests', now: NOW })).toThrow('Not an RRULE body');
  });

  it('when built twice at different times, then the UIDs stay and SEQUENCE grows', () => {
    const first = events(buildCalendar([winterHackfest, monthlyHackfest], { name: 'Hackfests', now: NOW }));
    const later = events(buildCalendar([winterHackfest, monthlyHackfest], { name: 'Hackfests', now: NOW + HOUR }));

    expect(later.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(later.map((event) => event.uid)).toEqual(['hf-winter@hackfest', 'series-monthly@hackfest']);
    expect(later[0]?.sequence).toBeGreaterThan(first[0]?.sequence ?? Number.POSITIVE_INFINITY);
  });

  it('when user text has commas, semicolons, backslashes and newlines, then they are escaped and read back intact', () => {
    const tricky: CalendarEntry = {
      ...winterHackfest,
      title: 'Demos, pizza; gong',
      description: 'Bring a laptop, a charger; and ideas.\nPath: C:\\hack\nThat is all.',
    };
    const text = buildCalendar([tricky], { name: 'Hackfests, 2026', now: NOW });
    const event = onlyEvent(text);

    expect(unfolded(text)).toContain('SUMMARY:Demos\\, pizza\\; gong\r\n');
    expect(unfolded(text)).toContain(
      'DESCRIPTION:Bring a laptop\\, a charger\\; and ideas.\\nPath: C:\\\\hack\\nThat is all.\r\n',
    );
    expect(event.summary).toBe(tricky.title);
    expect(event.description).toBe(tricky.description);
  });

  it('when the description is long and full of emoji, then folding keeps it intact', () => {
    const long: CalendarEntry = { ...winterHackfest, description: 'Hack 🚀 & démo, ünïcode; '.repeat(200) };
    const text = buildCalendar([long], { name: 'Hackfests', now: NOW });

    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(onlyEvent(text).description).toBe(long.description);
  });

  it('when the entry has an organizer, then the description names them', () => {
    const organized: CalendarEntry = { ...winterHackfest, organizer: { name: 'Ada Lovelace' } };
    const event = onlyEvent(buildCalendar([organized], { name: 'Hackfests', now: NOW }));

    expect(event.description).toBe('Demos at four.\n\nOrganized by Ada Lovelace');
  });

  it('when there are no entries, then the calendar is valid and empty', () => {
    const text = buildCalendar([], { name: 'Hackfests', now: NOW });

    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR$/);
    expect(text).not.toContain('BEGIN:VTIMEZONE');
    expect(events(text)).toEqual([]);
  });
});

describe('naming a calendar file', () => {
  it.each([
    ['Winter Hackfest', 'winter-hackfest.ics'],
    ['  Hackfest #12: Rust & WASM!  ', 'hackfest-12-rust-wasm.ics'],
    ['Café Überhack', 'cafe-uberhack.ics'],
    ['../../etc/passwd', 'etc-passwd.ics'],
    ['東京ハック', 'hackfest.ics'],
    ['', 'hackfest.ics'],
    ['a'.repeat(200), `${'a'.repeat(60)}.ics`],
  ])('when the title is %j, then the file is %j', (title, fileName) => {
    expect(calendarFileName(title)).toBe(fileName);
  });
});
