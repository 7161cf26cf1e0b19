import { describe, expect, it } from 'vitest';
import { googleCalendarUrl } from '../../src/calendar/googleCalendar.ts';
import type { CalendarEntry } from '../../src/calendar/types.ts';

const HOUR = 60 * 60_000;

const winterHackfest: CalendarEntry = {
  uid: 'hf-winter',
  title: 'Winter Hackfest',
  description: 'Demos at four.',
  startsAt: Date.parse('2026-12-11T13:00:00Z'),
  start: { date: '2026-12-11', time: '14:00' },
  durationMs: 3 * HOUR,
  timeZone: 'Europe/Berlin',
};

const monthlyHackfest: CalendarEntry = {
  ...winterHackfest,
  uid: 'series-monthly',
  title: 'Monthly Hackfest',
  recurrence: { rule: 'FREQ=MONTHLY;BYDAY=+2FR', exdates: [{ date: '2027-01-08', time: '14:00' }] },
};

function parameters(url: string): URLSearchParams {
  const parsed = new URL(url);
  expect(parsed.origin + parsed.pathname).toBe('https://calendar.google.com/calendar/render');
  return parsed.searchParams;
}

describe('linking to a Google Calendar template', () => {
  it('when a one-off is linked, then the dates are its UTC start and end and ctz is its zone', () => {
    const query = parameters(googleCalendarUrl(winterHackfest));

    expect(query.get('action')).toBe('TEMPLATE');
    expect(query.get('text')).toBe('Winter Hackfest');
    expect(query.get('dates')).toBe('20261211T130000Z/20261211T160000Z');
    expect(query.get('ctz')).toBe('Europe/Berlin');
    expect(query.get('details')).toBe('Demos at four.');
    expect(query.has('recur')).toBe(false);
  });

  it('when a series is linked, then recur carries its RRULE with the plus sign intact', () => {
    const url = googleCalendarUrl(monthlyHackfest);

    expect(parameters(url).get('recur')).toBe('RRULE:FREQ=MONTHLY;BYDAY=+2FR');
    expect(url).toContain('dates=20261211T130000Z/20261211T160000Z&');
  });

  it('when the entry has a link and an organizer, then details end with them', () => {
    const url = googleCalendarUrl({
      ...winterHackfest,
      url: 'https://acme.slack.com/archives/C123/p1700000000000100',
      organizer: { name: 'Ada Lovelace' },
    });

    expect(parameters(url).get('details')).toBe(
      'Demos at four.\n\nOrganized by Ada Lovelace\nhttps://acme.slack.com/archives/C123/p1700000000000100',
    );
  });

  it('when the description is 5000 characters, then the link stays under 3000 and keeps the footer', () => {
    const description = 'x'.repeat(5000);
    const url = googleCalendarUrl({
      ...monthlyHackfest,
      description,
      url: 'https://acme.slack.com/archives/C123/p1700000000000100',
    });
    const details = parameters(url).get('details') ?? '';

    expect(url.length).toBeLessThan(3000);
    expect(url.length).toBeGreaterThan(2990);
    expect(details).toMatch(/^x+…\n\nhttps:\/\/acme\.slack\.com\/archives\/C123\/p1700000000000100$/);
  });

  it('when the description is 5000 emoji, then the link stays under 3000 without splitting one', () => {
    const url = googleCalendarUrl({ ...winterHackfest, description: '🚀'.repeat(5000) });
    const details = parameters(url).get('details') ?? '';

    expect(url.length).toBeLessThan(3000);
    expect(details).toMatch(/^(🚀)+…$/u);
  });

  it('when the title alone is too long, then the title is shortened too', () => {
    const url = googleCalendarUrl({ ...winterHackfest, title: 'T'.repeat(5000), description: 'd'.repeat(5000) });

    expect(url.length).toBeLessThan(3000);
    expect(parameters(url).get('text')).toMatch(/^T+…$/);
  });

  it('when text has a lone surrogate, then the link is still built', () => {
    const url = googleCalendarUrl({ ...winterHackfest, title: 'Broken \uD83D title' });

    expect(parameters(url).get('text')).toBe('Broken \uFFFD title');
  });
});
