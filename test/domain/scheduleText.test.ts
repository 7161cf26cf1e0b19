import { describe, expect, it } from 'vitest';
import {
  parseQuotedTitle,
  parseScheduleText,
  parseTitleAndStart,
  textExamples,
} from '../../src/domain/scheduleText.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Monday 2026-11-23, 10:00 in Berlin. */
const BERLIN = { zone: 'Europe/Berlin', now: Date.parse('2026-11-23T09:00Z') };
/** 14:00 on Friday 2026-12-11 in Berlin. */
const DEC_11_AT_TWO = Date.parse('2026-12-11T13:00Z');
/** The examples' start when the typed one is unusable: the next Friday at 14:00. */
const NEXT_FRIDAY = '2026-11-27 14:00';

function errorOf(text: string, context = BERLIN) {
  const read = parseScheduleText(text, context);
  if (read.ok) throw new Error(`expected "${text}" to be refused`);
  return read.error;
}

describe('scheduling a hackfest by text', () => {
  it('when every detail is given, then each is read', () => {
    expect(parseScheduleText('"Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m', BERLIN)).toEqual({
      ok: true,
      value: {
        title: 'Winter Hackfest',
        start: { date: '2026-12-11', time: '14:00' },
        startsAt: DEC_11_AT_TWO,
        durationMs: 3 * HOUR,
        slots: 8,
        demoMs: 5 * MINUTE,
        rule: null,
      },
    });
  });

  it('when only the title and start are given, then the defaults fill in the rest', () => {
    const read = parseScheduleText('"Hack Friday" 2026-12-11 14:00', BERLIN);
    expect(read.ok && read.value).toMatchObject({ durationMs: 3 * HOUR, slots: 8, demoMs: 5 * MINUTE, rule: null });
  });

  it('when the title is in curly quotes and a repeat follows the length, then the series rule is read', () => {
    const read = parseScheduleText('“Hack Friday” 2026-12-11 14:00 3h every month on 2nd friday', BERLIN);
    expect(read.ok && read.value).toMatchObject({
      title: 'Hack Friday',
      durationMs: 3 * HOUR,
      rule: 'FREQ=MONTHLY;BYDAY=+2FR',
    });
  });

  it('when the repeat comes straight after the start, then it is read', () => {
    const read = parseScheduleText('"Hack Friday" 2026-12-11 14:00 every 2 weeks', BERLIN);
    expect(read.ok && read.value.rule).toBe('FREQ=WEEKLY;INTERVAL=2');
  });

  it('when the length, slots and demo come after the repeat, then each is read and the repeat ends before them', () => {
    const read = parseScheduleText('"T" 2027-01-08 14:00 every 2 weeks on friday 2h slots 8 demo 5m', BERLIN);
    expect(read.ok && read.value).toMatchObject({
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR',
      durationMs: 2 * HOUR,
      slots: 8,
      demoMs: 5 * MINUTE,
    });
    const monthly = parseScheduleText('"T" 2026-12-11 14:00 every month on the 2nd friday slots 4', BERLIN);
    expect(monthly.ok && monthly.value).toMatchObject({ rule: 'FREQ=MONTHLY;BYDAY=+2FR', slots: 4 });
  });

  it('when the details come in another order and lengths have spaces, then they are read the same', () => {
    const read = parseScheduleText('"Hack Friday" 2026-12-11 14:00 demo 1m 30s slots 12 1h 30m', BERLIN);
    expect(read.ok && read.value).toMatchObject({ durationMs: 90 * MINUTE, slots: 12, demoMs: 90_000 });
    const days = parseScheduleText('"Hack Week" 2026-12-11 14:00 2 days', BERLIN);
    expect(days.ok && days.value.durationMs).toBe(48 * HOUR);
  });

  it.each([
    '2026-12-11 14:00',
    '2026-12-11T14:00',
    '2026-12-11 2pm',
    '2026-12-11 2 PM',
    '2026-12-11 at 2pm',
    '2026-12-11 14:00 ',
  ])('when the start is written %j, then it is 14:00 on 2026-12-11 in Berlin', (start) => {
    const read = parseScheduleText(`"Hack Friday" ${start}`, BERLIN);
    expect(read.ok && read.value.startsAt).toBe(DEC_11_AT_TWO);
  });

  it('when help shows examples, then the reschedule example moves the scheduled one a week on', () => {
    const examples = textExamples(BERLIN.now, BERLIN.zone);

    expect(examples.schedule).toContain(`"Winter Hackfest" ${NEXT_FRIDAY} `);
    expect(examples.reschedule).toBe('"Winter Hackfest" 2026-12-04 14:00');
  });

  it('when the start is written 2:30pm or 9:05, then the minutes are kept', () => {
    const afternoon = parseScheduleText('"Hack Friday" 2026-12-11 2:30pm', BERLIN);
    expect(afternoon.ok && afternoon.value.start).toEqual({ date: '2026-12-11', time: '14:30' });
    const morning = parseScheduleText('"Hack Friday" 2026-12-11 9:05', BERLIN);
    expect(morning.ok && morning.value.start).toEqual({ date: '2026-12-11', time: '09:05' });
  });

  it.each([
    ['next friday 2pm', '2026-12-04'],
    ['friday at 2pm', '2026-11-27'],
    ['dec 11 14:00', '2026-12-11'],
    ['tomorrow 2pm', '2026-11-24'],
    ['December 11 at 2:00pm', '2026-12-11'],
  ])('when the start is written in words, %j, then it is read on Monday 2026-11-23 as %s 14:00', (words, date) => {
    const read = parseScheduleText(`"Hack Friday" ${words} 3h slots 6`, BERLIN);
    expect(read.ok && read.value).toMatchObject({ start: { date, time: '14:00' }, durationMs: 3 * HOUR, slots: 6 });
  });

  it('when the same words are typed in New York and in Tokyo, then each means its own local time', () => {
    const now = Date.parse('2026-11-23T20:00Z'); // Monday 15:00 in New York, already Tuesday 05:00 in Tokyo
    const newYork = parseScheduleText('"Hack Friday" tomorrow 10:00', { zone: 'America/New_York', now });
    const tokyo = parseScheduleText('"Hack Friday" tomorrow 10:00', { zone: 'Asia/Tokyo', now });

    expect(newYork.ok && newYork.value.start).toEqual({ date: '2026-11-24', time: '10:00' });
    expect(newYork.ok && newYork.value.startsAt).toBe(Date.parse('2026-11-24T15:00Z'));
    expect(tokyo.ok && tokyo.value.start).toEqual({ date: '2026-11-25', time: '10:00' });
    expect(tokyo.ok && tokyo.value.startsAt).toBe(Date.parse('2026-11-25T01:00Z'));
  });

  it('when a date in words falls in summer time while it is winter now, then the summer offset is used', () => {
    const read = parseScheduleText('"Summer Hackfest" jul 2 14:00', BERLIN);
    expect(read.ok && read.value.startsAt).toBe(Date.parse('2027-07-02T12:00Z'));
  });

  it('when a time range is typed, then its length is the hackfest’s length', () => {
    const read = parseScheduleText('"Hack Friday" dec 11 2pm-5:30pm slots 4', BERLIN);
    expect(read.ok && read.value).toMatchObject({ startsAt: DEC_11_AT_TWO, durationMs: 3.5 * HOUR, slots: 4 });
  });

  it('when a time is typed with its own zone, then that zone wins and the start is shown in the person’s zone', () => {
    const read = parseScheduleText('"Hack Friday" dec 11 2pm EST', BERLIN);
    expect(read.ok && read.value).toMatchObject({
      start: { date: '2026-12-11', time: '20:00' },
      startsAt: Date.parse('2026-12-11T19:00Z'),
    });
  });
});

describe('refusing schedule text, with a correct example', () => {
  it.each([
    ['', 'title', 'Start with the title, in double quotes.'],
    ['Winter Hackfest 2026-12-11 14:00', 'title', 'Put the title in double quotes, so that it is clear where it ends.'],
    ['"Winter Hackfest 2026-12-11 14:00', 'title', 'The title has no closing quote.'],
    ['"  " 2026-12-11 14:00', 'title', 'The title is empty.'],
    [`"${'a'.repeat(151)}" 2026-12-11 14:00`, 'title', 'The title has 151 characters; at most 150 fit.'],
  ])('when the text is %j, then the %s is wrong: %s', (text, part, message) => {
    expect(errorOf(text)).toEqual({
      part,
      message,
      example: `"Winter Hackfest" ${NEXT_FRIDAY} 3h slots 8 demo 5m`,
    });
  });

  it('when the title is exactly 150 characters, then it fits', () => {
    const title = 'a'.repeat(150);
    const read = parseScheduleText(`"${title}" 2026-12-11 14:00`, BERLIN);
    expect(read.ok && read.value.title).toBe(title);
  });

  it.each([
    ['2026-02-30 14:00', 'date', '2026-02-30 is not a date on the calendar.'],
    ['2026-12-11', 'time', 'Add the time after the date, e.g. 2026-12-11 14:00.'],
    ['2026-12-11 3h', 'time', 'Add the time after the date, e.g. 2026-12-11 14:00.'],
    ['2026-12-11 25:00', 'time', '25:00 is not a time of day.'],
    ['2026-12-11 13pm', 'time', '13pm is not a time of day.'],
    ['tomorrow', 'time', 'Add the time to "tomorrow", e.g. 14:00.'],
    ['14:00', 'date', 'Add the date to "14:00".'],
    ['3h slots 8', 'date', 'After the title comes the start: YYYY-MM-DD HH:MM, or words such as "next friday 2pm".'],
    ['', 'date', 'After the title comes the start: YYYY-MM-DD HH:MM, or words such as "next friday 2pm".'],
    ['whenever', 'date', 'After the title comes the start: YYYY-MM-DD HH:MM, or words such as "next friday 2pm".'],
    ['2026-11-23 09:59', 'date', 'That is in the past: 2026-11-23 09:59 has already gone by in Europe/Berlin.'],
    ['2026-11-23 10:00', 'date', 'That is in the past: 2026-11-23 10:00 has already gone by in Europe/Berlin.'],
  ])('when the start is %j, then the %s is wrong: %s', (start, part, message) => {
    expect(errorOf(`"Hack Friday" ${start}`)).toEqual({
      part,
      message,
      example: `"Hack Friday" ${NEXT_FRIDAY} 3h slots 8 demo 5m`,
    });
  });

  it('when the start is a minute from now, then it is not in the past', () => {
    expect(parseScheduleText('"Hack Friday" 2026-11-23 10:01', BERLIN).ok).toBe(true);
  });

  it.each([
    ['10m', 'length', 'A hackfest lasts from 15m to 7 days.'],
    ['0m', 'length', 'A hackfest lasts from 15m to 7 days.'],
    ['8 days', 'length', 'A hackfest lasts from 15m to 7 days.'],
    ['3x', 'length', '"3x" is not a length: write it like 3h, 90m or 1 day.'],
    ['3h 2h', 'length', 'Give the length only once.'],
    ['slots 0', 'slots', 'Slots must be a whole number from 1 to 100.'],
    ['slots 101', 'slots', 'Slots must be a whole number from 1 to 100.'],
    ['slots many', 'slots', 'After "slots" comes how many demos fit, e.g. slots 8.'],
    ['slots 2.5', 'slots', 'After "slots" comes how many demos fit, e.g. slots 8.'],
    ['slots 4 slots 5', 'slots', 'Give the slots only once.'],
    ['every week slots 4 every month', 'repeat', 'Give the repeat only once.'],
    ['demo 30s', 'demo', 'A demo lasts from 1m to 1h.'],
    ['demo 0s', 'demo', 'A demo lasts from 1m to 1h.'],
    ['demo 2h', 'demo', 'A demo lasts from 1m to 1h.'],
    ['demo soon', 'demo', 'After "demo" comes how long each demo may run, e.g. demo 5m.'],
    [
      'pizza',
      'pizza',
      'I don\'t know what "pizza" means here. After the date and time can come a length (3h), slots 8, demo 5m ' +
        'and a repeat such as every 2 weeks.',
    ],
  ])('when the details are %j, then the %s is wrong: %s', (details, part, message) => {
    expect(errorOf(`"Hack Friday" 2026-12-11 14:00 ${details}`)).toEqual({
      part,
      message,
      example: '"Hack Friday" 2026-12-11 14:00 3h slots 8 demo 5m',
    });
  });

  it('when the repeat is not understood, then the example repeats in a way that fits the start', () => {
    const error = errorOf('"Hack Friday" 2026-12-11 14:00 every blue moon');
    expect(error.part).toBe('recurrence');
    expect(error.message).toContain('"every blue moon"');
    expect(error.example).toBe('"Hack Friday" 2026-12-11 14:00 3h slots 8 demo 5m every month on the 2nd Friday');
    expect(parseScheduleText(error.example, BERLIN).ok).toBe(true);
  });

  it.each([
    ['every day', 'at most weekly'],
    ['every 0 weeks', 'every 1 week or more'],
    ['FREQ=MONTHLY;BYDAY=XX', 'BYDAY'],
  ])('when the repeat is %j, then the example keeps the length, slots and demo of the others', (repeat, words) => {
    const error = errorOf(`"Hack Friday" 2026-12-11 14:00 2h ${repeat}`);
    expect(error.message).toContain(words);
    expect(error.example).toMatch(/^"Hack Friday" 2026-12-11 14:00 3h slots 8 demo 5m \S/);
    expect(parseScheduleText(error.example, BERLIN).ok).toBe(true);
  });

  it('when "every" comes before an RRULE or a quarter, then the repeat is read', () => {
    const rule = (repeat: string) => {
      const read = parseScheduleText(`"Hack Friday" 2026-12-11 14:00 3h ${repeat}`, BERLIN);
      return read.ok ? read.value.rule : read.error.message;
    };
    expect(rule('every FREQ=MONTHLY;BYDAY=2FR')).toBe('FREQ=MONTHLY;BYDAY=+2FR');
    expect(rule('every quarter')).toBe('FREQ=MONTHLY;INTERVAL=3');
  });

  it.each([
    ['pizza'.repeat(600), 'I don\'t know what "pizzapizza'],
    ['9'.repeat(3000), '" is not a length'],
    [`every ${'moon'.repeat(500)}`, 'I don\'t know how to repeat "every moon'],
    [`FREQ=WEEKLY;${'X'.repeat(3000)}=1`, 'Unknown RRULE property'],
  ])('when a detail is thousands of characters long, then at most 40 of them are quoted back', (junk, words) => {
    const { message } = errorOf(`"Big tail" 2026-12-11 14:00 3h ${junk}`);
    expect(message).toContain(words);
    const longestRun = Math.max(...(message.match(/(.)\1*/g) ?? []).map((run) => run.length));
    expect(message.length).toBeLessThan(300);
    expect(longestRun).toBeLessThanOrEqual(40);
  });

  it('when the start is not one of the repeat’s dates, then the first date is named', () => {
    const error = errorOf('"Hack Friday" 2026-12-04 14:00 every month on the 2nd friday');
    expect(error.part).toBe('recurrence');
    expect(error.message).toContain('its first is 2026-12-11');
  });

  it('when the text is refused, then its example is itself accepted', () => {
    for (const text of ['Hack Friday', '"Hack Friday" 2020-01-01 14:00', '"Hack Friday" 2026-12-11 14:00 slots 900']) {
      expect(parseScheduleText(errorOf(text).example, BERLIN).ok).toBe(true);
    }
  });
});

describe('dates typed in numbers', () => {
  /** Thursday 2026-12-03, 10:00 in Berlin. */
  const DECEMBER_3 = { zone: 'Europe/Berlin', now: Date.parse('2026-12-03T09:00Z') };

  it('when day and month could be swapped, then both readings are offered in ISO form and nothing is guessed', () => {
    expect(errorOf('"EU" 03/01/2027 14:00 3h', DECEMBER_3)).toEqual({
      part: 'date',
      message: '03/01/2027 could be 3 January or 1 March: type 2027-01-03 or 2027-03-01.',
      example: '"EU" 2027-01-03 14:00 3h slots 8 demo 5m',
    });
  });

  it.each([
    ['3.1.27 2pm', '3.1.27 could be 3 January or 1 March: type 2027-01-03 or 2027-03-01.'],
    ['03-01-2027 14:00', '03-01-2027 could be 3 January or 1 March: type 2027-01-03 or 2027-03-01.'],
    ['02/03 14:00', '02/03 could be 2 March or 3 February: type 2027-03-02 or 2027-02-03.'],
    ['12/05/2026 14:00', '12/05/2026 could be 12 May or 5 December: type 2026-05-12 or 2026-12-05.'],
  ])('when the start is %j, then it is refused: %s', (start, message) => {
    const error = errorOf(`"EU" ${start}`, DECEMBER_3);
    expect(error.message).toBe(message);
    expect(parseScheduleText(error.example, DECEMBER_3).ok).toBe(true);
  });

  it('when a rescheduled start could be read two ways, then it is refused the same way', () => {
    const read = parseTitleAndStart('"EU" 03/01/2027 14:00', DECEMBER_3);
    expect(read.ok ? undefined : read.error.message).toContain('could be 3 January or 1 March');
  });

  it.each([
    ['25/12/2026 14:00', '2026-12-25'],
    ['12/25/2026 14:00', '2026-12-25'],
    ['12/12/2026 14:00', '2026-12-12'],
  ])('when only one reading is a date, %j, then it is that date', (start, date) => {
    const read = parseScheduleText(`"EU" ${start}`, DECEMBER_3);
    expect(read.ok && read.value.start).toEqual({ date, time: '14:00' });
  });
});

describe('reading a title and new start for reschedule', () => {
  it('when the title and start are given, then both are read', () => {
    expect(parseTitleAndStart('"Winter Hackfest" 2026-12-18 14:00', BERLIN)).toEqual({
      ok: true,
      value: {
        title: 'Winter Hackfest',
        start: { date: '2026-12-18', time: '14:00' },
        startsAt: Date.parse('2026-12-18T13:00Z'),
      },
    });
  });

  it('when more than a start follows, then the extra word is named and the example has no details', () => {
    expect(parseTitleAndStart('"Winter Hackfest" 2026-12-18 14:00 3h', BERLIN)).toEqual({
      ok: false,
      error: {
        part: '3h',
        message: 'Only the title and the new start go here, not "3h".',
        example: '"Winter Hackfest" 2026-12-18 14:00',
      },
    });
  });

  it('when a range is given, then it is refused', () => {
    const read = parseTitleAndStart('"Winter Hackfest" dec 18 2pm-5pm', BERLIN);
    expect(read.ok ? undefined : read.error.part).toBe('time');
  });

  it('when the new start is in the past, then the example is a future start', () => {
    expect(parseTitleAndStart('"Winter Hackfest" 2026-11-20 14:00', BERLIN)).toEqual({
      ok: false,
      error: {
        part: 'date',
        message: 'That is in the past: 2026-11-20 14:00 has already gone by in Europe/Berlin.',
        example: `"Winter Hackfest" ${NEXT_FRIDAY}`,
      },
    });
  });
});

describe('reading a quoted title for cancel', () => {
  it('when the title is quoted, then it and the rest are read', () => {
    expect(parseQuotedTitle(' "Winter Hackfest"  ')).toEqual({
      ok: true,
      value: { title: 'Winter Hackfest', rest: '' },
    });
    expect(parseQuotedTitle('“Winter Hackfest” because of snow')).toEqual({
      ok: true,
      value: { title: 'Winter Hackfest', rest: ' because of snow' },
    });
  });

  it('when the title is not quoted, then the example is just a quoted title', () => {
    expect(parseQuotedTitle('Winter Hackfest')).toEqual({
      ok: false,
      error: {
        part: 'title',
        message: 'Put the title in double quotes, so that it is clear where it ends.',
        example: '"Winter Hackfest"',
      },
    });
  });
});
