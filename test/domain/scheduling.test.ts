import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from '../../src/domain/hackfest.ts';
import {
  dueOccurrences,
  isRunningOut,
  planSchedule,
  type ScheduleRequest,
  SERIES_HORIZON_MS,
  splitSeries,
  validateSchedule,
} from '../../src/domain/scheduling.ts';
import { aSeries } from '../support/builders.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;

const request = (overrides: Partial<ScheduleRequest> = {}): ScheduleRequest => ({
  organizerId: 'U1',
  channelId: 'C1',
  title: 'Winter Hackfest',
  description: '',
  startsAt: WINTER,
  timeZone: 'Europe/Berlin',
  durationMs: 3 * HOUR,
  slots: 8,
  demoMs: 5 * 60_000,
  signupDeadline: null,
  coOrganizerIds: [],
  rule: null,
  reminders: [...REMINDER_KINDS],
  ...overrides,
});

let counter = 0;
const newId = () => `id-${++counter}`;

describe('scheduling rules', () => {
  it('when a request is valid, then nothing is wrong with it', () => {
    expect(validateSchedule(request(), NOW)).toEqual([]);
  });

  it('when several things are wrong, then each is named at once', () => {
    const errors = validateSchedule(
      request({
        title: ' ',
        startsAt: NOW - 1,
        durationMs: 60_000,
        slots: 0,
        demoMs: 2 * HOUR,
        signupDeadline: NOW - 2,
      }),
      NOW,
    );

    expect(errors.map((error) => error.field)).toEqual(['title', 'start', 'length', 'slots', 'demo', 'deadline']);
  });

  it('when a series starts on a date its rule does not name, then the recurrence is refused', () => {
    const tuesday = Date.parse('2026-12-15T13:00:00Z');

    expect(validateSchedule(request({ startsAt: tuesday, rule: 'FREQ=MONTHLY;BYDAY=+2FR' }), NOW)).toEqual([
      expect.objectContaining({ field: 'recurrence' }),
    ]);
  });

  it('when a one-off is planned, then sign-ups close as asked and the organizer is not also a co-organizer', () => {
    const plan = planSchedule(request({ signupDeadline: WINTER - HOUR, coOrganizerIds: ['U1', 'U2'] }), NOW, newId);

    expect(plan.series).toBeNull();
    expect(plan.hackfests).toEqual([
      expect.objectContaining({
        startsAt: WINTER,
        signupDeadline: WINTER - HOUR,
        coOrganizerIds: ['U2'],
        seriesId: null,
      }),
    ]);
  });

  it('when a monthly series is planned, then its occurrences within 60 days exist, each closing sign-ups alike', () => {
    const plan = planSchedule(request({ rule: 'FREQ=MONTHLY;BYDAY=+2FR', signupDeadline: WINTER - HOUR }), NOW, newId);

    expect(plan.series).toMatchObject({ firstStart: { date: '2026-12-11', time: '14:00' }, signupLeadMs: HOUR });
    expect(
      plan.hackfests.map((hackfest) => [hackfest.occurrenceDate, hackfest.startsAt - hackfest.signupDeadline]),
    ).toEqual([
      ['2026-12-11', HOUR],
      ['2027-01-08', HOUR],
    ]);
  });

  it('when an occurrence was skipped, then it is not planned again', () => {
    const series = aSeries({ skippedDates: ['2027-01-08'] });

    expect(dueOccurrences(series, NOW)).toEqual([WINTER]);
  });

  it('when a quarterly series has nothing within 60 days, then at least the next occurrence exists', () => {
    const series = aSeries({ rule: 'FREQ=MONTHLY;INTERVAL=3', firstStart: { date: '2026-12-11', time: '14:00' } });
    const afterWinter = WINTER + 4 * HOUR;

    const [next] = dueOccurrences(series, afterWinter);
    expect(next).toBeGreaterThan(afterWinter + SERIES_HORIZON_MS);
  });

  it('when a series has one date left, or none within 60 days, then it is running out', () => {
    const open = aSeries();
    const lastOne = aSeries({ rule: 'FREQ=MONTHLY;BYDAY=+2FR;COUNT=2' });

    expect(isRunningOut(open, NOW)).toBe(false);
    expect(isRunningOut(lastOne, NOW)).toBe(false);
    expect(isRunningOut(lastOne, WINTER + 4 * HOUR)).toBe(true);
    expect(isRunningOut(aSeries({ rule: 'FREQ=YEARLY' }), WINTER + 4 * HOUR)).toBe(true);
  });
});

describe('moving a series from one of its dates on', () => {
  const series = aSeries({ rule: 'FREQ=MONTHLY;BYDAY=+2FR', firstStart: { date: '2026-12-11', time: '14:00' } });
  const plan = planSchedule(request({ rule: series.rule }), NOW, newId);
  const [december, january] = plan.hackfests;
  const onSeries = (hackfest: (typeof plan.hackfests)[number] | undefined) => {
    if (!hackfest) throw new Error('expected an occurrence');
    return { ...hackfest, seriesId: series.id };
  };

  it('when January on moves to 15:00, then December stays, January keeps its id at 15:00, and the old series ends', () => {
    const split = splitSeries(series, onSeries(january), [onSeries(january)], {
      startsAt: Date.parse('2027-01-08T14:00:00Z'),
      newId: 'series-2',
      now: NOW,
    });

    expect(split?.continuing).toMatchObject({ id: 'series-2', firstStart: { date: '2027-01-08', time: '15:00' } });
    expect(split?.ending).toMatchObject({
      rule: expect.stringContaining('UNTIL=20270108T135900Z'),
      continuedBy: 'series-2',
    });
    expect(split?.moved).toEqual([
      expect.objectContaining({ id: january?.id, seriesId: 'series-2', startsAt: Date.parse('2027-01-08T14:00:00Z') }),
    ]);
    expect(december?.startsAt).toBe(WINTER);
  });

  it('when January on is adjusted (shorter, fewer slots, every first Friday), then its dates follow the new rule and settings', () => {
    const firstFriday = Date.parse('2027-01-01T13:00:00Z');

    const split = splitSeries(series, onSeries(january), [onSeries(january)], {
      startsAt: firstFriday,
      newId: 'series-2',
      now: NOW,
      changes: { rule: 'FREQ=MONTHLY;BYDAY=+1FR', durationMs: 2 * HOUR, slots: 4 },
    });

    expect(split?.continuing).toMatchObject({ rule: 'FREQ=MONTHLY;BYDAY=+1FR', durationMs: 2 * HOUR, slots: 4 });
    expect(split?.moved).toEqual([
      expect.objectContaining({ id: january?.id, startsAt: firstFriday, durationMs: 2 * HOUR, slots: 4 }),
    ]);
    expect(split?.ending.rule).toContain('UNTIL=');
  });

  it('when a series of a set number of dates is adjusted but keeps its rule, then it keeps the dates it had left', () => {
    const counted = { ...series, rule: 'FREQ=MONTHLY;BYDAY=+2FR;COUNT=3' };

    const split = splitSeries(counted, onSeries(january), [onSeries(january)], {
      startsAt: january?.startsAt ?? 0,
      newId: 'series-2',
      now: NOW,
      changes: { rule: counted.rule, durationMs: 2 * HOUR },
    });

    expect(split?.continuing.rule).toBe('FREQ=MONTHLY;BYDAY=+2FR;COUNT=2');
  });

  it('when the new start is not a date of the rule, then there is no split', () => {
    const tuesday = Date.parse('2027-01-12T13:00:00Z');

    expect(
      splitSeries(series, onSeries(january), [onSeries(january)], { startsAt: tuesday, newId: 's', now: NOW }),
    ).toBeNull();
  });
});
