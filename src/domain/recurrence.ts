/**
 * Repeating hackfests. A rule is an RFC 5545 RRULE body without DTSTART ('FREQ=MONTHLY;BYDAY=+2FR'); the series'
 * first start and time zone are stored beside it, and the start is always the series' first occurrence.
 *
 * Occurrences are generated in floating time (the start's wall-clock fields as UTC, no TZID) and each is then placed
 * in the zone, so a series keeps its local time across daylight-saving changes. Two consequences of RFC 5545 worth
 * knowing: a date that does not exist is skipped (monthly on the 31st has no hackfest in April), and UNTIL is read
 * as wall-clock time in the series' zone.
 */

import type { Options } from 'rrule';
import rrule from 'rrule';
import type { LocalDateTime } from './hackfest.ts';
import { fail, ok, type Result } from './result.ts';
import { quoted, shortened } from './userText.ts';
import { fromWallClockMs, toInstant, wallClockMs, weekdayOf } from './zonedTime.ts';

// rrule ships CommonJS whose named exports Node cannot detect, so its class comes through the default import.
const { RRule } = rrule;

const DAY_MS = 24 * 60 * 60_000;
const WEEK_MS = 7 * DAY_MS;
/** How far ahead of the start a rule's first date is looked for. */
const SEARCH_MS = 10 * 366 * DAY_MS;
/** The start moved into the last 400 years before rrule's limit, 9999, with room for the search. */
const LAST_SEARCH_YEAR = 9_989;
const MAX_WEEKS_APART = 52;

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const ORDINALS = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
  ['fifth', 5],
  ['5th', 5],
  ['last', -1],
]);
const INTERVAL_WORDS = new Map([
  ['weekly', 1],
  ['every week', 1],
  ['biweekly', 2],
  ['fortnightly', 2],
  ['every other week', 2],
  ['monthly', 1],
  ['every month', 1],
  ['every other month', 2],
  ['quarterly', 3],
  ['every quarter', 3],
]);
const WEEKLY = /^(weekly|biweekly|fortnightly|every other week|every week|every (\d+) weeks?)(?: on (.+))?$/;
const MONTHLY = /^(monthly|quarterly|every quarter|every other month|every month|every (\d+) months?)(?: on (.+))?$/;
const YEARLY = /^(yearly|annually|every year)$/;
const DAILY = /^(?:daily|every (?:other |\d+ )?(?:day|days|weekday|weekdays))\b/;
const FIRST_WORD = /^(?:(?:every|daily|weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually)$|rrule:|freq=)/i;
/** 'every FREQ=…': the word some put before a rule. */
const EVERY_BEFORE_RULE = /^every\s+(?=(?:rrule:)?freq=)/i;
/** A hackfest takes people away from their work for hours: it repeats weekly at most, as a proposal's choices do. */
/** Every FREQ value RRULE defines, the ones refused as too frequent included. */
const FREQUENCIES = new Set<string>(RRule.FREQUENCIES);
const TOO_OFTEN = new Set<number>([RRule.DAILY, RRule.HOURLY, RRule.MINUTELY, RRule.SECONDLY]);
const TOO_OFTEN_PHRASE = 'A hackfest repeats at most weekly: try every week, every 2 weeks or every month.';
/** How much of rrule's own error message is shown; it quotes the part it could not read. */
const RRULE_ERROR_LENGTH = 64;
/** Options rrule's toText() renders faithfully; a rule using others is shown as it is written. */
const TEXT_OPTIONS = new Set(['freq', 'interval', 'count', 'until', 'byweekday', 'bymonthday', 'bymonth', 'wkst']);

export const RECURRENCE_CHOICES = [
  'none',
  'weekly',
  'every_n_weeks',
  'monthly_weekday',
  'monthly_date',
  'quarterly',
  'custom',
] as const;
export type RecurrenceChoice = (typeof RECURRENCE_CHOICES)[number];

/** Whether a word typed after a hackfest's start begins a repeat phrase. */
export function isRecurrenceStart(word: string): boolean {
  return FIRST_WORD.test(word);
}

/** Reads 'every 2 weeks', 'monthly on the 2nd friday', 'quarterly', 'FREQ=…' and so on into a rule for the start. */
export function parseRecurrence(phrase: string, start: LocalDateTime): Result<string> {
  const text = phrase.trim().replace(EVERY_BEFORE_RULE, '');
  if (text.includes('=')) {
    const rule = readRrule(text, start);
    const spaced = rule.ok ? checkWeekApart(rule.value, start) : rule;
    return spaced.ok ? checkStartIsFirst(spaced.value, start, monthlyWeekdayRule(start)) : spaced;
  }
  const rule = readPhrase(text, start);
  return rule.ok ? checkStartIsFirst(rule.value, start, examplePhrase(start)) : rule;
}

/** The rule in words, e.g. 'every month on the 2nd Friday' or 'every 2 weeks on Friday'. */
export function describeRule(rule: string, start: LocalDateTime): string {
  const options = RRule.parseString(rule);
  if (!readsWell(options)) return `repeating by the rule ${rule}`;
  return new RRule({ ...options, ...impliedDay(options, start) })
    .toText()
    .replace(/ for 1 time$/, ', once')
    .replace(/ for (\d+) times$/, ', $1 times');
}

/** Instants of the series strictly after `after` (and before `before`, if given), at most `limit` of them. */
export function occurrences(
  rule: string,
  start: LocalDateTime,
  zone: string,
  options: { after: number; limit: number; before?: number },
): number[] {
  const { after, limit, before } = options;
  const found: number[] = [];
  if (limit <= 0) return found;
  series(rule, start).all((floating) => {
    // A wall-clock time and the instant it names are less than a day apart in every zone.
    if (floating.getTime() + DAY_MS <= after) return true;
    if (before !== undefined && floating.getTime() - DAY_MS >= before) return false;
    const instant = toInstant(fromWallClockMs(floating.getTime()), zone);
    if (instant > after && (before === undefined || instant < before)) found.push(instant);
    return found.length < limit;
  });
  return found;
}

/** The rule for an option of the schedule modal's repeat select; null when it does not repeat. */
export function ruleForChoice(
  choice: RecurrenceChoice,
  start: LocalDateTime,
  options: { everyNWeeks?: number; custom?: string } = {},
): Result<string | null> {
  switch (choice) {
    case 'none':
      return ok(null);
    case 'weekly':
      return ok('FREQ=WEEKLY');
    case 'every_n_weeks':
      return weeksApartRule(options.everyNWeeks);
    case 'monthly_weekday':
      return ok(monthlyWeekdayRule(start));
    case 'monthly_date':
      return ok(`FREQ=MONTHLY;BYMONTHDAY=${dayOfMonth(start)}`);
    case 'quarterly':
      return ok('FREQ=MONTHLY;INTERVAL=3');
    case 'custom':
      return parseRecurrence(options.custom ?? '', start);
  }
}

/**
 * The repeat option that gives the same dates as a stored rule, for a form filled in from it (`every week` is stored
 * as FREQ=WEEKLY;BYDAY=FR, say, and is the *weekly* option); a rule none of them gives is a custom one.
 */
export function choiceForRule(rule: string, start: LocalDateTime): { choice: RecurrenceChoice; everyNWeeks?: number } {
  const everyNWeeks = Number(/INTERVAL=(\d+)/.exec(rule)?.[1] ?? 1);
  const candidates: Array<{ choice: RecurrenceChoice; everyNWeeks?: number }> = [
    { choice: 'weekly' },
    { choice: 'every_n_weeks', everyNWeeks },
    { choice: 'monthly_weekday' },
    { choice: 'monthly_date' },
    { choice: 'quarterly' },
  ];
  const dates = firstDates(rule, start);
  const same = candidates.find((candidate) => {
    const candidateRule = ruleForChoice(candidate.choice, start, candidate);
    return candidateRule.ok && candidateRule.value !== null && firstDates(candidateRule.value, start) === dates;
  });
  return same ?? { choice: 'custom' };
}

/** A rule's first dates from `start`, as one string to compare. */
const firstDates = (rule: string, start: LocalDateTime): string =>
  series(rule, start)
    .all((_, index) => index < 12)
    .map((date) => date.getTime())
    .join();

/** The option text of a choice for a series starting at `start`, e.g. 'Monthly on the 2nd Friday'. */
export function choiceLabel(choice: RecurrenceChoice, start: LocalDateTime): string {
  const weekday = WEEKDAY_NAMES[weekdayOf(start)];
  switch (choice) {
    case 'none':
      return 'Does not repeat';
    case 'weekly':
      return `Weekly on ${weekday}`;
    case 'every_n_weeks':
      return `Every N weeks on ${weekday}`;
    case 'monthly_weekday':
      return `Monthly on the ${ordinal(nthWeekday(start))} ${weekday}`;
    case 'monthly_date':
      return `Monthly on day ${dayOfMonth(start)}`;
    case 'quarterly':
      return `Every 3 months on day ${dayOfMonth(start)}`;
    case 'custom':
      return 'Custom rule (RRULE)';
  }
}

function series(rule: string, start: LocalDateTime) {
  return new RRule({ ...RRule.parseString(rule), dtstart: new Date(wallClockMs(start)) });
}

function dayOfMonth(start: LocalDateTime): number {
  return Number(start.date.slice(8, 10));
}

/** Which of its weekday in the month the start is: 1 to 4, or -1 for a fifth, which is always the last. */
function nthWeekday(start: LocalDateTime): number {
  const nth = Math.ceil(dayOfMonth(start) / 7);
  return nth === 5 ? -1 : nth;
}

function ordinal(nth: number): string {
  return nth === -1 ? 'last' : `${nth}${['th', 'st', 'nd', 'rd'][nth] ?? 'th'}`;
}

function byDay(nth: number, weekday: number): string {
  return `${nth > 0 ? '+' : ''}${nth}${BYDAY[weekday]}`;
}

function monthlyWeekdayRule(start: LocalDateTime): string {
  return `FREQ=MONTHLY;BYDAY=${byDay(nthWeekday(start), weekdayOf(start))}`;
}

/** Example phrases by start: wording a rule costs more than the rest of a help message, which shows one each time. */
const examplePhrases = new Map<string, string>();
const EXAMPLE_PHRASES_KEPT = 64;

/** A phrase that fits the start, for examples: 'every month on the 2nd Friday'. */
export function examplePhrase(start: LocalDateTime): string {
  const key = `${start.date} ${start.time}`;
  const kept = examplePhrases.get(key);
  if (kept !== undefined) return kept;
  if (examplePhrases.size >= EXAMPLE_PHRASES_KEPT) examplePhrases.clear();
  const phrase = describeRule(monthlyWeekdayRule(start), start);
  examplePhrases.set(key, phrase);
  return phrase;
}

function weeksApartRule(weeks: number | undefined): Result<string> {
  if (weeks === undefined || !Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS_APART) {
    return fail('weeks', `Say how many weeks apart, a whole number from 1 to ${MAX_WEEKS_APART}.`, '2');
  }
  return ok(repeating('WEEKLY', weeks, ''));
}

function repeating(freq: 'WEEKLY' | 'MONTHLY', interval: number, by: string): string {
  return `FREQ=${freq}${interval > 1 ? `;INTERVAL=${interval}` : ''}${by}`;
}

function readPhrase(phrase: string, start: LocalDateTime): Result<string> {
  const words = phrase.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const unknown = fail(
    'recurrence',
    words === ''
      ? 'Say how the hackfest repeats.'
      : `I don't know how to repeat ${quoted(phrase)}. Try every week, every 2 weeks, every month on the 2nd friday, ` +
          'every month on the 15th, quarterly, or an RRULE such as FREQ=MONTHLY;BYDAY=+2FR.',
    examplePhrase(start),
  );
  if (YEARLY.test(words)) return ok('FREQ=YEARLY');
  if (DAILY.test(words)) return fail('recurrence', TOO_OFTEN_PHRASE, examplePhrase(start));
  const weekly = WEEKLY.exec(words);
  const monthly = MONTHLY.exec(words);
  const match = weekly ?? monthly;
  if (!match) return unknown;
  const interval = match[2] === undefined ? (INTERVAL_WORDS.get(match[1] ?? '') ?? 1) : Number(match[2]);
  if (interval < 1) {
    const unit = weekly ? 'week' : 'month';
    return fail('recurrence', `A series repeats every 1 ${unit} or more, e.g. every 2 ${unit}s.`, `every 2 ${unit}s`);
  }
  const on = match[3] === undefined ? '' : weekly ? weekdayPart(match[3]) : monthDayPart(match[3]);
  if (on === undefined) return unknown;
  return ok(repeating(weekly ? 'WEEKLY' : 'MONTHLY', interval, on));
}

/** 'friday', 'fri' or 'fridays' as a JavaScript weekday number. */
function weekdayIndex(word: string): number | undefined {
  const singular = word.replace(/days$/, 'day');
  const index = WEEKDAY_NAMES.findIndex((name) => singular.length >= 3 && name.toLowerCase().startsWith(singular));
  return index === -1 ? undefined : index;
}

function weekdayPart(words: string): string | undefined {
  const weekday = weekdayIndex(words.replace(/^(?:a |every )/, ''));
  return weekday === undefined ? undefined : `;BYDAY=${BYDAY[weekday]}`;
}

/** 'the 2nd friday', 'last friday', 'the 15th' or 'day 15' as the BY part of a monthly rule. */
function monthDayPart(words: string): string | undefined {
  const spec = words.replace(/^the /, '');
  const nthWeekdayMatch = /^(\S+) (\S+)$/.exec(spec);
  const nth = ORDINALS.get(nthWeekdayMatch?.[1] ?? '');
  const weekday = weekdayIndex(nthWeekdayMatch?.[2] ?? '');
  if (nth !== undefined && weekday !== undefined) return `;BYDAY=${byDay(nth, weekday)}`;
  const day = Number(/^(?:day )?(\d{1,2})(?:st|nd|rd|th)?$/.exec(spec)?.[1]);
  return day >= 1 && day <= 31 ? `;BYMONTHDAY=${day}` : undefined;
}

function readRrule(text: string, start: LocalDateTime): Result<string> {
  const refuse = (message: string) => fail('recurrence', message, monthlyWeekdayRule(start));
  const body = text.replace(/^rrule:/i, '').toUpperCase();
  if (/\s/.test(body)) return refuse('An RRULE has no spaces, e.g. FREQ=MONTHLY;BYDAY=+2FR.');
  try {
    const options = RRule.parseString(body);
    const problem = freqProblem(body) ?? rruleProblem(options);
    return problem === undefined ? ok(new RRule(options).toString().replace(/^RRULE:/, '')) : refuse(problem);
  } catch (error) {
    return refuse(`I could not read that RRULE: ${shortened((error as Error).message, RRULE_ERROR_LENGTH)}.`);
  }
}

/** rrule drops a FREQ it does not know without a word, which would read as a rule with no FREQ at all. */
function freqProblem(body: string): string | undefined {
  const freq = /(?:^|;)FREQ=([^;]*)/.exec(body)?.[1];
  if (freq === undefined || FREQUENCIES.has(freq)) return undefined;
  return `FREQ=${shortened(freq, RRULE_ERROR_LENGTH)} is not a frequency: use FREQ=WEEKLY, MONTHLY or YEARLY.`;
}

function rruleProblem(options: Partial<Options>): string | undefined {
  if (options.dtstart || options.tzid) {
    return "Leave out DTSTART and TZID: the series starts at the hackfest's own date, time and time zone.";
  }
  if (options.freq === undefined) return 'The rule needs a FREQ: WEEKLY, MONTHLY or YEARLY.';
  if (TOO_OFTEN.has(options.freq)) return 'A hackfest repeats at most weekly: use FREQ=WEEKLY, MONTHLY or YEARLY.';
  if (options.byhour != null || options.byminute != null || options.bysecond != null) {
    return 'Leave out BYHOUR, BYMINUTE and BYSECOND: every hackfest in a series starts at the time of the first.';
  }
  for (const [key, value] of Object.entries(options)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    if (values.some((one) => one === undefined || typeof one === 'string')) {
      return `${key === 'byweekday' ? 'BYDAY' : key.toUpperCase()} has a value I cannot read.`;
    }
  }
  if ((options.interval ?? 1) < 1 || (options.count ?? 1) < 1) return 'INTERVAL and COUNT must be 1 or more.';
  return undefined;
}

/** Refuses a rule that never meets on or after the start, or whose first date there is not the start itself. */
function checkStartIsFirst(rule: string, start: LocalDateTime, example: string): Result<string> {
  // rrule looks for a date period by period up to the year 9999, which takes seconds for a rule that never meets,
  // such as FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30. The Gregorian calendar repeats every 400 years, so the same search
  // moved into the last cycle before 9999 gives the same answer, moved, in a fraction of the time.
  const shift = Math.floor((LAST_SEARCH_YEAR - Number(start.date.slice(0, 4))) / 400) * 400;
  const options = RRule.parseString(rule);
  const from = addYears(wallClockMs(start), shift);
  const until = options.until ? { until: new Date(addYears(options.until.getTime(), shift)) } : {};
  const [first] = new RRule({ ...options, ...until, dtstart: new Date(from) }).between(
    new Date(from),
    new Date(from + SEARCH_MS),
    true,
    (_, found) => found < 1,
  );
  if (first === undefined) return fail('recurrence', `That rule has no date on or after ${start.date}.`, example);
  if (first.getTime() !== from) {
    const firstDate = fromWallClockMs(addYears(first.getTime(), -shift)).date;
    return fail(
      'recurrence',
      `${start.date} is not one of that rule's dates: its first is ${firstDate}. ` +
        `Start the series on ${firstDate}, or pick a rule that fits ${start.date}.`,
      example,
    );
  }
  return ok(rule);
}

/**
 * Refuses a rule with two dates less than a week apart in its first year, such as FREQ=WEEKLY;BYDAY=MO,TU or
 * FREQ=MONTHLY;BYMONTHDAY=1,2, offering the start's weekday once a week.
 */
function checkWeekApart(rule: string, start: LocalDateTime): Result<string> {
  const from = wallClockMs(start);
  let previous = Number.NEGATIVE_INFINITY;
  let tooClose = false;
  series(rule, start).between(new Date(from), new Date(from + 366 * DAY_MS), true, (date) => {
    tooClose = date.getTime() - previous < WEEK_MS;
    previous = date.getTime();
    return !tooClose;
  });
  if (!tooClose) return ok(rule);
  const weekly = `FREQ=WEEKLY;BYDAY=${BYDAY[weekdayOf(start)]}`;
  return fail('recurrence', `A hackfest repeats at most weekly: name one day a week, e.g. ${weekly}.`, weekly);
}

function addYears(ms: number, years: number): number {
  const date = new Date(ms);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.getTime();
}

function readsWell(options: Partial<Options>): boolean {
  const monthDays = [options.bymonthday ?? []].flat();
  return (
    Object.keys(options).every((key) => TEXT_OPTIONS.has(key)) &&
    monthDays.every((day) => day > 0) &&
    !(options.count && options.until)
  );
}

/** The day a weekly or monthly rule without BYDAY or BYMONTHDAY takes from its start, spelled out for toText(). */
function impliedDay(options: Partial<Options>, start: LocalDateTime): Partial<Options> {
  if (options.byweekday != null || options.bymonthday != null) return {};
  // rrule numbers weekdays from Monday (0), JavaScript from Sunday.
  if (options.freq === RRule.WEEKLY) return { byweekday: [(weekdayOf(start) + 6) % 7] };
  if (options.freq === RRule.MONTHLY) return { bymonthday: dayOfMonth(start) };
  return {};
}
