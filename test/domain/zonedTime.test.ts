import { describe, expect, it } from 'vitest';
import { isTimeZone, isValidLocal, nextWeekdayAt, toInstant, toLocal, weekdayOf } from '../../src/domain/zonedTime.ts';

const FRIDAY = 5;

describe('placing a wall-clock time in a time zone', () => {
  it('when it is 14:00 in Berlin in winter and in summer, then it is 13:00Z and 12:00Z', () => {
    expect(toInstant({ date: '2026-02-13', time: '14:00' }, 'Europe/Berlin')).toBe(Date.parse('2026-02-13T13:00Z'));
    expect(toInstant({ date: '2026-07-10', time: '14:00' }, 'Europe/Berlin')).toBe(Date.parse('2026-07-10T12:00Z'));
  });

  it('when the time falls in the spring-forward gap, then it moves forward by the gap, as calendars do', () => {
    const skipped = toInstant({ date: '2026-03-29', time: '02:30' }, 'Europe/Berlin');
    expect(skipped).toBe(Date.parse('2026-03-29T01:30Z'));
    expect(toLocal(skipped, 'Europe/Berlin')).toEqual({ date: '2026-03-29', time: '03:30' });
    expect(toInstant({ date: '2026-03-08', time: '02:30' }, 'America/New_York')).toBe(Date.parse('2026-03-08T07:30Z'));
  });

  it('when the time happens twice as clocks go back, then it is the first of the two, in every zone', () => {
    expect(toInstant({ date: '2026-10-25', time: '02:30' }, 'Europe/Berlin')).toBe(Date.parse('2026-10-25T00:30Z'));
    expect(toInstant({ date: '2026-11-01', time: '01:30' }, 'America/New_York')).toBe(Date.parse('2026-11-01T05:30Z'));
  });

  it('when an instant is shown in two zones, then each sees its own wall clock', () => {
    const instant = Date.parse('2026-12-11T23:30Z');
    expect(toLocal(instant, 'America/New_York')).toEqual({ date: '2026-12-11', time: '18:30' });
    expect(toLocal(instant, 'Asia/Tokyo')).toEqual({ date: '2026-12-12', time: '08:30' });
  });

  it('when a wall-clock time is placed and shown again, then it is unchanged', () => {
    const local = { date: '2026-12-11', time: '14:00' };
    expect(toLocal(toInstant(local, 'Asia/Kolkata'), 'Asia/Kolkata')).toEqual(local);
  });

  it('when the zone is unknown, then placing a time refuses it', () => {
    expect(() => toInstant({ date: '2026-12-11', time: '14:00' }, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('telling a time zone', () => {
  it.each([
    ['Europe/Berlin', true],
    ['America/New_York', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('when the zone is %j, then it is a zone: %s', (zone, expected) => {
    expect(isTimeZone(zone)).toBe(expected);
  });
});

describe('telling a real date and time', () => {
  it.each([
    [{ date: '2026-12-11', time: '14:00' }, true],
    [{ date: '2028-02-29', time: '00:00' }, true],
    [{ date: '2026-12-31', time: '23:59' }, true],
    [{ date: '2026-02-29', time: '14:00' }, false],
    [{ date: '2026-02-30', time: '14:00' }, false],
    [{ date: '2026-13-01', time: '14:00' }, false],
    [{ date: '2026-12-11', time: '24:00' }, false],
    [{ date: '2026-12-11', time: '14:60' }, false],
    [{ date: '2026-12-11', time: '2:00' }, false],
    [{ date: '11.12.2026', time: '14:00' }, false],
  ])('when it is %j, then it is valid: %s', (local, expected) => {
    expect(isValidLocal(local)).toBe(expected);
  });

  it('when the date is 2026-12-11, then it is a Friday', () => {
    expect(weekdayOf({ date: '2026-12-11', time: '14:00' })).toBe(FRIDAY);
  });
});

describe('finding the next Friday at 14:00', () => {
  const zone = 'Europe/Berlin';

  it('when it is Monday, then it is the Friday of this week', () => {
    const monday = Date.parse('2026-12-07T09:00Z');
    expect(nextWeekdayAt(monday, zone, FRIDAY, '14:00')).toEqual({ date: '2026-12-11', time: '14:00' });
  });

  it('when it is Friday morning, then it is today', () => {
    const fridayMorning = Date.parse('2026-12-11T08:00Z');
    expect(nextWeekdayAt(fridayMorning, zone, FRIDAY, '14:00')).toEqual({ date: '2026-12-11', time: '14:00' });
  });

  it('when it is exactly Friday 14:00 or later, then it is a week later', () => {
    const fridayAtTwo = Date.parse('2026-12-11T13:00Z');
    expect(nextWeekdayAt(fridayAtTwo, zone, FRIDAY, '14:00')).toEqual({ date: '2026-12-18', time: '14:00' });
  });

  it('when it is Friday afternoon in Tokyo but Friday morning in New York, then only Tokyo waits a week', () => {
    const now = Date.parse('2026-12-11T06:00Z');
    expect(nextWeekdayAt(now, 'Asia/Tokyo', FRIDAY, '14:00')).toEqual({ date: '2026-12-18', time: '14:00' });
    expect(nextWeekdayAt(now, 'America/New_York', FRIDAY, '14:00')).toEqual({ date: '2026-12-11', time: '14:00' });
  });
});
