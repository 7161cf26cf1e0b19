import { describe, expect, it } from 'vitest';
import { occurrences } from '../../src/domain/recurrence.ts';
import { calendarRule, endBefore, withRemainingCount } from '../../src/domain/ruleEdits.ts';

const FIRST = { date: '2026-12-11', time: '14:00' };
const ZONE = 'Europe/Berlin';
const dates = (rule: string) =>
  occurrences(rule, FIRST, ZONE, { after: 0, limit: 50 }).map((instant) =>
    new Date(instant).toISOString().slice(0, 10),
  );

describe('editing a rule when a series is split or exported', () => {
  it('when a series ends before one of its dates, then that date and later ones are gone, whatever its COUNT', () => {
    const ended = endBefore('FREQ=MONTHLY;BYDAY=+2FR;COUNT=10', { date: '2027-02-12', time: '14:00' });

    expect(dates(ended)).toEqual(['2026-12-11', '2027-01-08']);
  });

  it('when a series with a COUNT carries on, then only the remaining count carries over', () => {
    expect(withRemainingCount('FREQ=WEEKLY;COUNT=10', () => 3)).toBe('FREQ=WEEKLY;COUNT=3');
    expect(withRemainingCount('FREQ=WEEKLY', () => 3)).toBe('FREQ=WEEKLY');
  });

  it('when a rule with UNTIL goes into a calendar file, then UNTIL is the same wall-clock moment in UTC', () => {
    expect(calendarRule('FREQ=WEEKLY;UNTIL=20270108T135900Z', ZONE)).toBe('FREQ=WEEKLY;UNTIL=20270108T125900Z');
    expect(calendarRule('FREQ=WEEKLY', ZONE)).toBe('FREQ=WEEKLY');
  });
});
