import { describe, expect, it } from 'vitest';
import { REMINDER_KINDS } from '../../src/domain/hackfest.ts';
import { asScheduleText, corrected } from '../../src/domain/scheduleExample.ts';
import { parseScheduleText } from '../../src/domain/scheduleText.ts';
import {
  dueOccurrences,
  duplicateError,
  duplicateOf,
  isRunningOut,
  planSchedule,
  type ScheduleRequest,
  SERIES_HORIZON_MS,
  START_HORIZON_MS,
  splitSeries,
  startProblem,
  validateSchedule,
} from '../../src/domain/scheduling.ts';
import { aHackfest, aSeries } from '../support/builders.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * HOUR;

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

  it('when a series has one date left, then it is running out; a yearly one with its next date far off is not', () => {
    const open = aSeries();
    const lastOne = aSeries({ rule: 'FREQ=MONTHLY;BYDAY=+2FR;COUNT=2' });

    expect(isRunningOut(open, NOW)).toBe(false);
    expect(isRunningOut(lastOne, NOW)).toBe(false);
    expect(isRunningOut(lastOne, WINTER + 4 * HOUR)).toBe(true);
    expect(isRunningOut(aSeries({ rule: 'FREQ=YEARLY' }), WINTER + 4 * HOUR)).toBe(false);
    expect(isRunningOut(aSeries({ rule: 'FREQ=YEARLY;COUNT=2' }), WINTER + 4 * HOUR)).toBe(true);
  });
});

describe('schedules that cannot work', () => {
  it('when the demo slots take longer than the hackfest, then the slots are refused, saying what fits', () => {
    const errors = validateSchedule(request({ durationMs: HOUR, slots: 20, demoMs: 10 * MINUTE }), NOW);

    expect(errors).toEqual([
      {
        field: 'slots',
        alsoReads: ['length', 'demo'],
        message:
          '20 demos of 10m need 3h 20m; this hackfest lasts 1h. Make it at least 3h 20m long, offer at most 6 slots, or make the demos shorter.',
        fix: { durationMs: 200 * MINUTE },
      },
    ]);
  });

  it('when the demo slots fill the hackfest exactly, then that is fine', () => {
    expect(validateSchedule(request({ durationMs: HOUR, slots: 6, demoMs: 10 * MINUTE }), NOW)).toEqual([]);
  });

  it('when the slots are out of bounds anyway, then only that is said, not that they do not fit', () => {
    const errors = validateSchedule(request({ durationMs: HOUR, slots: 500, demoMs: 10 * MINUTE }), NOW);

    expect(errors.map((error) => error.field)).toEqual(['slots']);
    expect(errors[0]?.message).toContain('between 1 and 100');
  });

  it.each([
    ['FREQ=DAILY', 7 * DAY, '1 day'],
    ['FREQ=DAILY', DAY, '1 day'],
    ['FREQ=WEEKLY', 7 * DAY, '7 days'],
    ['FREQ=WEEKLY;BYDAY=FR,MO', 3 * DAY, '3 days'],
  ])('when a series %s lasts %d ms, its dates overlap: the recurrence is refused (gap %s)', (rule, durationMs, gap) => {
    const errors = validateSchedule(request({ rule, durationMs }), NOW);

    expect(errors).toEqual([
      expect.objectContaining({ field: 'recurrence', message: expect.stringContaining(`as little as ${gap} apart`) }),
    ]);
  });

  it.each([
    ['FREQ=DAILY', 23 * HOUR - MINUTE],
    ['FREQ=WEEKLY', 6 * DAY],
    ['FREQ=MONTHLY;BYDAY=+2FR', 7 * DAY],
  ])('when a series %s lasts %d ms, each date ends before the next: that is fine', (rule, durationMs) => {
    expect(validateSchedule(request({ rule, durationMs }), NOW)).toEqual([]);
  });

  it('when a daily series spans the change to summer time, then its shortest gap is 23 hours', () => {
    const march = Date.parse('2027-03-26T13:00:00Z');
    const errors = validateSchedule(request({ startsAt: march, rule: 'FREQ=DAILY', durationMs: 23 * HOUR }), NOW);

    expect(errors).toEqual([expect.objectContaining({ field: 'recurrence', fix: { durationMs: 22 * HOUR } })]);
  });

  it('when the start is more than 2 years ahead, then the start is refused; 2 years ahead is fine', () => {
    const far = validateSchedule(request({ startsAt: Date.parse('9999-12-11T13:00:00Z') }), NOW);

    expect(far).toEqual([{ field: 'start', message: expect.stringContaining('more than 2 years ahead') }]);
    expect(validateSchedule(request({ startsAt: NOW + START_HORIZON_MS }), NOW)).toEqual([]);
    expect(startProblem(NOW + START_HORIZON_MS + 1, NOW)).toContain('2 years');
  });

  it('when the same title, channel and start are on the calendar, then that one is the duplicate, in any case', () => {
    const winter = aHackfest({ channelId: 'C1', startsAt: WINTER });
    const elsewhere = aHackfest({ channelId: 'C2', startsAt: WINTER });
    const later = aHackfest({ channelId: 'C1', startsAt: WINTER + HOUR });

    expect(duplicateOf(request({ title: 'winter hackfest ' }), [elsewhere, later, winter])).toBe(winter);
    expect(duplicateOf(request({ title: 'Summer Hackfest' }), [winter])).toBeUndefined();
    expect(duplicateOf(request(), [{ ...winter, status: 'cancelled' }])).toBeUndefined();
    expect(duplicateError(winter)).toEqual({
      field: 'title',
      message: expect.stringContaining('/hackfest reschedule "Winter Hackfest"'),
    });
  });

  it('when a typed schedule breaks a rule, then the example put right reads back as a schedule the rules accept', () => {
    const zone = 'Europe/Berlin';
    for (const text of [
      '"Long demo" 2026-12-11 14:00 1h slots 20 demo 10m',
      '"Long W" 2026-12-11 14:00 7d every week',
      '"Both" 2026-12-11 14:00 2 days slots 30 demo 10m FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
    ]) {
      const typed = parseScheduleText(text, { zone, now: NOW });
      if (!typed.ok) throw new Error(typed.error.message);
      const asked = request({ ...typed.value, timeZone: zone });
      const fixed = corrected(asked, validateSchedule(asked, NOW), NOW);
      if (!fixed) throw new Error(`no correction for ${text}`);

      const example = parseScheduleText(asScheduleText(fixed), { zone, now: NOW });
      if (!example.ok) throw new Error(example.error.message);
      expect(validateSchedule(request({ ...example.value, timeZone: zone }), NOW)).toEqual([]);
      expect(example.value).toMatchObject({ title: typed.value.title, startsAt: typed.value.startsAt });
    }
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

  it('when a date with an emcee and a timekeeper moves with the series, then they keep their roles', () => {
    const taken = { ...onSeries(january), emceeId: 'U555', timekeeperId: 'U556' };

    const split = splitSeries(series, taken, [taken], {
      startsAt: Date.parse('2027-01-08T14:00:00Z'),
      newId: 'series-2',
      now: NOW,
    });

    expect(split?.moved).toEqual([expect.objectContaining({ id: taken.id, emceeId: 'U555', timekeeperId: 'U556' })]);
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
