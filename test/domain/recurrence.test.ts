import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../../src/domain/hackfest.ts';
import {
  choiceForRule,
  choiceLabel,
  describeRule,
  isRecurrenceStart,
  occurrences,
  parseRecurrence,
  RECURRENCE_CHOICES,
  ruleForChoice,
} from '../../src/domain/recurrence.ts';
import { toLocal } from '../../src/domain/zonedTime.ts';

/** 2026-12-11 is the 2nd Friday of December. */
const SECOND_FRIDAY: LocalDateTime = { date: '2026-12-11', time: '14:00' };
const BERLIN = 'Europe/Berlin';
const BEFORE_EVERYTHING = Date.parse('2020-01-01T00:00Z');

function localDates(instants: number[], zone: string): string[] {
  return instants.map((instant) => {
    const local = toLocal(instant, zone);
    return `${local.date} ${local.time}`;
  });
}

function ruleOf(phrase: string, start: LocalDateTime = SECOND_FRIDAY): string | undefined {
  const read = parseRecurrence(phrase, start);
  return read.ok ? read.value : undefined;
}

describe('reading how a hackfest repeats', () => {
  it.each([
    ['weekly', 'FREQ=WEEKLY'],
    ['every week', 'FREQ=WEEKLY'],
    ['Every Week on Friday', 'FREQ=WEEKLY;BYDAY=FR'],
    ['every 2 weeks', 'FREQ=WEEKLY;INTERVAL=2'],
    ['biweekly', 'FREQ=WEEKLY;INTERVAL=2'],
    ['every other week', 'FREQ=WEEKLY;INTERVAL=2'],
    ['every 3 weeks on fridays', 'FREQ=WEEKLY;INTERVAL=3;BYDAY=FR'],
    ['monthly', 'FREQ=MONTHLY'],
    ['every month', 'FREQ=MONTHLY'],
    ['every month on 2nd friday', 'FREQ=MONTHLY;BYDAY=+2FR'],
    ['monthly on the 2nd friday', 'FREQ=MONTHLY;BYDAY=+2FR'],
    ['every month on the second Fri', 'FREQ=MONTHLY;BYDAY=+2FR'],
    ['every month on the 11th', 'FREQ=MONTHLY;BYMONTHDAY=11'],
    ['monthly on day 11', 'FREQ=MONTHLY;BYMONTHDAY=11'],
    ['quarterly', 'FREQ=MONTHLY;INTERVAL=3'],
    ['every quarter', 'FREQ=MONTHLY;INTERVAL=3'],
    ['every 3 months', 'FREQ=MONTHLY;INTERVAL=3'],
    ['every 6 months on the 2nd friday', 'FREQ=MONTHLY;INTERVAL=6;BYDAY=+2FR'],
    ['yearly', 'FREQ=YEARLY'],
    ['RRULE:FREQ=MONTHLY;BYDAY=+2FR;COUNT=6', 'FREQ=MONTHLY;BYDAY=+2FR;COUNT=6'],
    ['freq=weekly;interval=2;until=20270601T000000Z', 'FREQ=WEEKLY;INTERVAL=2;UNTIL=20270601T000000Z'],
    ['every FREQ=MONTHLY;BYDAY=2FR', 'FREQ=MONTHLY;BYDAY=+2FR'],
  ])('when the phrase is %j, then the rule is %s', (phrase, rule) => {
    expect(parseRecurrence(phrase, SECOND_FRIDAY)).toEqual({ ok: true, value: rule });
  });

  it('when the phrase names the last or first weekday, then the rule counts from the end or the start', () => {
    expect(ruleOf('every month on the last friday', { date: '2026-12-25', time: '14:00' })).toBe(
      'FREQ=MONTHLY;BYDAY=-1FR',
    );
    expect(ruleOf('every month on first monday', { date: '2026-12-07', time: '14:00' })).toBe(
      'FREQ=MONTHLY;BYDAY=+1MO',
    );
    expect(ruleOf('monthly on day 15', { date: '2026-12-15', time: '14:00' })).toBe('FREQ=MONTHLY;BYMONTHDAY=15');
  });

  it('when the phrase is unknown, then the error names the recurrence and shows one that fits the start', () => {
    expect(parseRecurrence('every blue moon', SECOND_FRIDAY)).toEqual({
      ok: false,
      error: {
        part: 'recurrence',
        message: expect.stringContaining('"every blue moon"'),
        example: 'every month on the 2nd Friday',
      },
    });
  });

  it.each(['daily', 'every day', 'every other day', 'every 2 days', 'every weekday'])(
    'when the phrase is %j, then it is refused as FREQ=DAILY is: a hackfest repeats at most weekly',
    (phrase) => {
      expect(parseRecurrence(phrase, SECOND_FRIDAY)).toEqual({
        ok: false,
        error: {
          part: 'recurrence',
          message: 'A hackfest repeats at most weekly: try every week, every 2 weeks or every month.',
          example: 'every month on the 2nd Friday',
        },
      });
    },
  );

  it.each([
    ['every 0 weeks', 'A series repeats every 1 week or more, e.g. every 2 weeks.', 'every 2 weeks'],
    ['every 0 months', 'A series repeats every 1 month or more, e.g. every 2 months.', 'every 2 months'],
  ])('when the phrase is %j, then the smallest gap is named: %s', (phrase, message, example) => {
    expect(parseRecurrence(phrase, SECOND_FRIDAY)).toEqual({
      ok: false,
      error: { part: 'recurrence', message, example },
    });
    expect(parseRecurrence(example, SECOND_FRIDAY).ok).toBe(true);
  });

  it('when the phrase is long, then only its first 40 characters are quoted', () => {
    const read = parseRecurrence(`every ${'blue moon '.repeat(300)}`, SECOND_FRIDAY);
    expect(read.ok ? undefined : read.error.message).toMatch(
      /^I don't know how to repeat "every (blue moon ){3}blu…"\. Try/,
    );
  });

  it('when the example phrase is typed back, then it is accepted', () => {
    const refused = parseRecurrence('fortnightly-ish', SECOND_FRIDAY);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(parseRecurrence(refused.error.example, SECOND_FRIDAY).ok).toBe(true);
  });

  it('when the start is not one of the rule’s dates, then it is refused and the first date is named', () => {
    const read = parseRecurrence('every month on the last friday', SECOND_FRIDAY);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.message).toContain('2026-12-25');
    expect(ruleOf('every week on monday')).toBeUndefined();
  });

  it.each([
    ['FREQ=DAILY', 'at most weekly'],
    ['FREQ=HOURLY', 'at most weekly'],
    ['RRULE:FREQ=MINUTELY;INTERVAL=30', 'at most weekly'],
    ['FREQ=WEEKLY;BYHOUR=9,15', 'BYHOUR'],
    ['FREQ=WEEKLY;UNTIL=20261201T000000Z', 'no date on or after 2026-12-11'],
    ['FREQ=WEEKLY;COUNT=0', 'COUNT'],
    ['FREQ=FORTNIGHTLY', 'FREQ=FORTNIGHTLY is not a frequency'],
    ['FREQ=;BYDAY=FR', 'FREQ= is not a frequency'],
    ['BYDAY=FR', 'needs a FREQ'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY'],
    ['FREQ=WEEKLY;COLOUR=BLUE', 'COLOUR'],
    ['FREQ=WEEKLY;UNTIL=soon', 'UNTIL'],
    ['DTSTART:20261211T140000Z;FREQ=WEEKLY', 'DTSTART'],
    ['FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2', 'no date'],
  ])('when the custom rule is %j, then it is refused with a message about %s', (rule, words) => {
    const read = parseRecurrence(rule, SECOND_FRIDAY);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.error.part).toBe('recurrence');
      expect(read.error.message).toContain(words);
      expect(read.error.example).toBe('FREQ=MONTHLY;BYDAY=+2FR');
    }
  });

  it.each([
    'FREQ=WEEKLY;BYDAY=MO,TU',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR,SA',
    'FREQ=MONTHLY;BYMONTHDAY=11,12',
    'FREQ=YEARLY;BYDAY=FR,MO',
  ])('when the custom rule %j has dates less than a week apart, then it is refused with a one-day example', (rule) => {
    const read = parseRecurrence(rule, SECOND_FRIDAY);
    expect(read).toEqual({
      ok: false,
      error: {
        part: 'recurrence',
        message: 'A hackfest repeats at most weekly: name one day a week, e.g. FREQ=WEEKLY;BYDAY=FR.',
        example: 'FREQ=WEEKLY;BYDAY=FR',
      },
    });
    expect(parseRecurrence('FREQ=WEEKLY;BYDAY=FR', SECOND_FRIDAY).ok).toBe(true);
  });

  it.each(['FREQ=MONTHLY;BYDAY=FR', 'FREQ=MONTHLY;BYDAY=+2FR,-1FR', 'FREQ=WEEKLY;BYDAY=FR'])(
    'when the custom rule %j meets at most weekly, then it is taken',
    (rule) => {
      expect(parseRecurrence(rule, SECOND_FRIDAY).ok).toBe(true);
    },
  );

  it('when a custom rule can never meet, then it is refused', () => {
    const read = parseRecurrence('FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30', SECOND_FRIDAY);
    expect(read.ok ? undefined : read.error.message).toBe('That rule has no date on or after 2026-12-11.');
  });

  it.each(['every', 'weekly', 'Monthly', 'quarterly', 'RRULE:FREQ=WEEKLY', 'FREQ=WEEKLY'])(
    'when a word is %j, then it begins a repeat phrase',
    (word) => {
      expect(isRecurrenceStart(word)).toBe(true);
    },
  );

  it.each(['everyone', 'slots', '3h', 'demo'])('when a word is %j, then it does not begin a repeat phrase', (word) => {
    expect(isRecurrenceStart(word)).toBe(false);
  });
});

describe('describing a rule for people', () => {
  it.each([
    ['FREQ=MONTHLY;BYDAY=+2FR', 'every month on the 2nd Friday'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'every month on the last Friday'],
    ['FREQ=MONTHLY;BYDAY=+1MO', 'every month on the 1st Monday'],
    ['FREQ=MONTHLY;BYDAY=+3WE', 'every month on the 3rd Wednesday'],
    ['FREQ=WEEKLY;INTERVAL=2', 'every 2 weeks on Friday'],
    ['FREQ=WEEKLY', 'every week on Friday'],
    ['FREQ=MONTHLY', 'every month on the 11th'],
    ['FREQ=MONTHLY;BYMONTHDAY=22', 'every month on the 22nd'],
    ['FREQ=MONTHLY;INTERVAL=3', 'every 3 months on the 11th'],
    ['FREQ=WEEKLY;COUNT=4', 'every week on Friday, 4 times'],
    ['FREQ=WEEKLY;COUNT=1', 'every week on Friday, once'],
    ['FREQ=WEEKLY;UNTIL=20270301T000000Z', 'every week on Friday until March 1, 2027'],
    ['FREQ=YEARLY', 'every year'],
  ])('when the rule is %s, then it reads %j', (rule, text) => {
    expect(describeRule(rule, SECOND_FRIDAY)).toBe(text);
  });

  it('when rrule cannot put a rule into words faithfully, then the rule is shown as written', () => {
    expect(describeRule('FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1', SECOND_FRIDAY)).toBe(
      'repeating by the rule FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1',
    );
  });
});

describe('listing the dates of a series', () => {
  it('when a monthly series meets at 14:00 in Berlin, then it stays at 14:00 across both DST changes', () => {
    const start = { date: '2026-02-13', time: '14:00' };
    const rule = ruleOf('every month on 2nd friday', start) ?? '';
    const dates = occurrences(rule, start, BERLIN, { after: BEFORE_EVERYTHING, limit: 10 });

    expect(dates.map((instant) => new Date(instant).toISOString())).toEqual([
      '2026-02-13T13:00:00.000Z',
      '2026-03-13T13:00:00.000Z',
      '2026-04-10T12:00:00.000Z',
      '2026-05-08T12:00:00.000Z',
      '2026-06-12T12:00:00.000Z',
      '2026-07-10T12:00:00.000Z',
      '2026-08-14T12:00:00.000Z',
      '2026-09-11T12:00:00.000Z',
      '2026-10-09T12:00:00.000Z',
      '2026-11-13T13:00:00.000Z',
    ]);
    expect(new Set(localDates(dates, BERLIN).map((local) => local.slice(11)))).toEqual(new Set(['14:00']));
  });

  it('when a weekly series crosses the October change, then the local time stays and the UTC time moves', () => {
    const start = { date: '2026-10-16', time: '09:30' };
    const dates = occurrences('FREQ=WEEKLY', start, BERLIN, { after: BEFORE_EVERYTHING, limit: 3 });
    expect(localDates(dates, BERLIN)).toEqual(['2026-10-16 09:30', '2026-10-23 09:30', '2026-10-30 09:30']);
    expect(dates.map((instant) => new Date(instant).toISOString().slice(11, 16))).toEqual(['07:30', '07:30', '08:30']);
  });

  it('when the series is every 2 weeks, then every other Friday is listed', () => {
    const dates = occurrences('FREQ=WEEKLY;INTERVAL=2', SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 3 });
    expect(localDates(dates, BERLIN)).toEqual(['2026-12-11 14:00', '2026-12-25 14:00', '2027-01-08 14:00']);
  });

  it('when the series is on the last Friday, then five-Friday months and four-Friday months both get their last', () => {
    const start = { date: '2027-01-29', time: '14:00' };
    const dates = occurrences('FREQ=MONTHLY;BYDAY=-1FR', start, BERLIN, { after: BEFORE_EVERYTHING, limit: 3 });
    expect(localDates(dates, BERLIN)).toEqual(['2027-01-29 14:00', '2027-02-26 14:00', '2027-03-26 14:00']);
  });

  it('when the series is on day 31, then months without a 31st are skipped, as RFC 5545 says', () => {
    const start = { date: '2027-01-31', time: '14:00' };
    const rule = ruleOf('every month on the 31st', start) ?? '';
    const dates = occurrences(rule, start, BERLIN, { after: BEFORE_EVERYTHING, limit: 4 });
    expect(localDates(dates, BERLIN)).toEqual([
      '2027-01-31 14:00',
      '2027-03-31 14:00',
      '2027-05-31 14:00',
      '2027-07-31 14:00',
    ]);
  });

  it('when the rule has a COUNT, then no more than that many are listed', () => {
    const dates = occurrences('FREQ=WEEKLY;COUNT=3', SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 10 });
    expect(dates).toHaveLength(3);
  });

  it('when the rule has an UNTIL, then nothing after it is listed', () => {
    const rule = 'FREQ=WEEKLY;UNTIL=20261226T000000Z';
    const dates = occurrences(rule, SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 10 });
    expect(localDates(dates, BERLIN)).toEqual(['2026-12-11 14:00', '2026-12-18 14:00', '2026-12-25 14:00']);
  });

  it('when only dates after one of them are asked for, then that one itself is left out', () => {
    const first = Date.parse('2026-12-11T13:00Z');
    const dates = occurrences('FREQ=WEEKLY', SECOND_FRIDAY, BERLIN, { after: first, limit: 2 });
    expect(localDates(dates, BERLIN)).toEqual(['2026-12-18 14:00', '2026-12-25 14:00']);
  });

  it('when an end is given, then only dates before it are listed, even with a high limit', () => {
    const before = Date.parse('2027-01-01T13:00Z');
    const dates = occurrences('FREQ=WEEKLY', SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 100, before });
    expect(localDates(dates, BERLIN)).toEqual(['2026-12-11 14:00', '2026-12-18 14:00', '2026-12-25 14:00']);
  });

  it('when the limit is 0, then nothing is listed', () => {
    expect(occurrences('FREQ=WEEKLY', SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 0 })).toEqual([]);
  });

  it('when the same rule runs in Tokyo, then it meets at 14:00 Tokyo time', () => {
    const dates = occurrences('FREQ=WEEKLY', SECOND_FRIDAY, 'Asia/Tokyo', { after: BEFORE_EVERYTHING, limit: 1 });
    expect(dates).toEqual([Date.parse('2026-12-11T05:00Z')]);
  });
});

describe('the repeat choices of the schedule modal', () => {
  it.each([
    ['every week', { choice: 'weekly' }],
    ['every 2 weeks', { choice: 'every_n_weeks', everyNWeeks: 2 }],
    ['every month on 2nd friday', { choice: 'monthly_weekday' }],
    ['every month on the 11th', { choice: 'monthly_date' }],
    ['quarterly', { choice: 'quarterly' }],
    ['FREQ=YEARLY', { choice: 'custom' }],
  ] as const)('when a stored series repeats "%s", then a form filled in from it picks %j', (phrase, choice) => {
    expect(choiceForRule(ruleOf(phrase) ?? '', SECOND_FRIDAY)).toEqual(choice);
  });

  it.each([
    ['none', null],
    ['weekly', 'FREQ=WEEKLY'],
    ['monthly_weekday', 'FREQ=MONTHLY;BYDAY=+2FR'],
    ['monthly_date', 'FREQ=MONTHLY;BYMONTHDAY=11'],
    ['quarterly', 'FREQ=MONTHLY;INTERVAL=3'],
  ] as const)('when the choice is %s for Friday 2026-12-11, then the rule is %s', (choice, rule) => {
    expect(ruleForChoice(choice, SECOND_FRIDAY)).toEqual({ ok: true, value: rule });
  });

  it('when the start is the fifth Friday of its month, then the monthly choice is the last Friday', () => {
    const fifthFriday = { date: '2027-01-29', time: '14:00' };
    expect(ruleForChoice('monthly_weekday', fifthFriday)).toEqual({ ok: true, value: 'FREQ=MONTHLY;BYDAY=-1FR' });
    expect(choiceLabel('monthly_weekday', fifthFriday)).toBe('Monthly on the last Friday');
  });

  it('when the choice is every N weeks, then N is taken from the form and checked', () => {
    expect(ruleForChoice('every_n_weeks', SECOND_FRIDAY, { everyNWeeks: 3 })).toEqual({
      ok: true,
      value: 'FREQ=WEEKLY;INTERVAL=3',
    });
    for (const everyNWeeks of [undefined, 0, 1.5, 53]) {
      const refused = ruleForChoice('every_n_weeks', SECOND_FRIDAY, { everyNWeeks });
      expect(refused.ok ? undefined : refused.error.part).toBe('weeks');
    }
  });

  it('when the choice is custom, then the typed rule is read and checked like any other', () => {
    expect(ruleForChoice('custom', SECOND_FRIDAY, { custom: 'FREQ=MONTHLY;BYDAY=2FR' })).toEqual({
      ok: true,
      value: 'FREQ=MONTHLY;BYDAY=+2FR',
    });
    const refused = ruleForChoice('custom', SECOND_FRIDAY, { custom: 'FREQ=HOURLY' });
    expect(refused.ok ? undefined : refused.error.part).toBe('recurrence');
    const empty = ruleForChoice('custom', SECOND_FRIDAY, {});
    expect(empty.ok ? undefined : empty.error.message).toBe('Say how the hackfest repeats.');
  });

  it('when the choices are shown for Friday 2026-12-11, then each label names its day', () => {
    expect(RECURRENCE_CHOICES.map((choice) => choiceLabel(choice, SECOND_FRIDAY))).toEqual([
      'Does not repeat',
      'Weekly on Friday',
      'Every N weeks on Friday',
      'Monthly on the 2nd Friday',
      'Monthly on day 11',
      'Every 3 months on day 11',
      'Custom rule (RRULE)',
    ]);
  });

  it('when any derived choice is made, then the start is its first date', () => {
    for (const choice of RECURRENCE_CHOICES) {
      const rule = ruleForChoice(choice, SECOND_FRIDAY, { everyNWeeks: 2, custom: 'FREQ=WEEKLY' });
      if (!rule.ok || rule.value === null) continue;
      const [first] = occurrences(rule.value, SECOND_FRIDAY, BERLIN, { after: BEFORE_EVERYTHING, limit: 1 });
      expect(first).toBe(Date.parse('2026-12-11T13:00Z'));
    }
  });
});
