/**
 * Reading the text forms of `/hackfest schedule`, `reschedule` and `cancel`: a quoted title, then a start read in the
 * person's time zone, then optional details, e.g. `"Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m every month`.
 */

import { tzOffset } from '@date-fns/tz';
import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node';
import { formatDuration, readLength } from './duration.ts';
import { DEFAULTS, LIMITS, type LocalDateTime } from './hackfest.ts';
import { examplePhrase, isRecurrenceStart, parseRecurrence } from './recurrence.ts';
import { fail, type InputError, ok, type Result } from './result.ts';
import { cleanLine, cleanText, quoted } from './userText.ts';
import { isValidLocal, nextWeekdayAt, toInstant, toLocal } from './zonedTime.ts';

export type ScheduleText = {
  title: string;
  start: LocalDateTime;
  startsAt: number;
  durationMs: number;
  slots: number;
  demoMs: number;
  rule: string | null;
};

/** The invoking person's Slack time zone, and the current instant. */
export type TextContext = { zone: string; now: number };

type Details = Pick<ScheduleText, 'durationMs' | 'slots' | 'demoMs' | 'rule'>;
/** What was wrong; `start` and `tail` replace the start and the details of the example command. */
type Problem = { part: string; message: string; start?: LocalDateTime; tail?: string };
type Start = { start: LocalDateTime; startsAt: number; rangeMs: number | undefined; rest: string };

const EXAMPLE_TITLE = 'Winter Hackfest';
const EXAMPLE_WEEKDAY = 5; // Friday
const EXAMPLE_DETAILS = `${formatDuration(DEFAULTS.durationMs)} slots ${DEFAULTS.slots} demo ${formatDuration(DEFAULTS.demoMs)}`;
const DETAILS_HELP =
  'After the date and time can come a length (3h), slots 8, demo 5m and a repeat such as every 2 weeks.';
/** Enough words for the longest length people write, e.g. '1 day 2 hours 30 minutes'. */
const MAX_LENGTH_WORDS = 6;
const QUOTES = '"“”';
const QUOTED_TITLE = new RegExp(`^[${QUOTES}]([^${QUOTES}]*)[${QUOTES}]`);
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=[\sT]|$)/;
const TIME_OF_DAY = /^(\d{1,2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?(?=\s|$)/i;
/** A date in numbers with the year last or left out: 03/01/2027, 3.1.27, 03-01. */
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?=[\s,]|$)/;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const DETAIL_PARTS: Record<keyof Details, string> = {
  durationMs: 'length',
  slots: 'slots',
  demoMs: 'demo',
  rule: 'repeat',
};

/** `"Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m every month on the 2nd friday`; details are optional. */
export function parseScheduleText(text: string, context: TextContext): Result<ScheduleText> {
  const titled = readTitle(text);
  if (!titled.ok) return explain(titled.error, context, {});
  const { title, rest } = titled.value;
  const when = readStart(rest, context);
  if (!when.ok) return explain(when.error, context, { title });
  const { start, startsAt } = when.value;
  const details = readDetails(when.value);
  if (!details.ok) return explain(details.error, context, { title, start });
  return ok({ title, start, startsAt, ...details.value });
}

/** `"Winter Hackfest" 2026-12-18 14:00`, as `/hackfest reschedule` takes it. */
export function parseTitleAndStart(
  text: string,
  context: TextContext,
): Result<{ title: string; start: LocalDateTime; startsAt: number }> {
  const titled = readTitle(text);
  if (!titled.ok) return explain(titled.error, context, { tail: '' });
  const { title, rest } = titled.value;
  const when = readStart(rest, context);
  if (!when.ok) return explain(when.error, context, { title, tail: '' });
  const { start, startsAt, rangeMs } = when.value;
  const [extra] = when.value.rest.split(/\s+/).filter((word) => word !== '');
  if (extra !== undefined) {
    const message = `Only the title and the new start go here, not ${quoted(extra)}.`;
    return explain({ part: extra, message }, context, { title, start, tail: '' });
  }
  if (rangeMs !== undefined) {
    return explain({ part: 'time', message: 'Give only the new start time, not a range.' }, context, {
      title,
      tail: '',
    });
  }
  return ok({ title, start, startsAt });
}

/** The start correct examples use: the coming Friday at the default time, so an example never names a past date. */
function exampleStart(now: number, zone: string): LocalDateTime {
  return nextWeekdayAt(now, zone, EXAMPLE_WEEKDAY, DEFAULTS.time);
}

/** Typed text that works as of `now`, for help and hints: a start, a hackfest, a series and a move of it a week on. */
export function textExamples(now: number, zone: string): TextExamples {
  const kept = keptExamples.get(zone);
  if (kept && kept.from <= now && now < kept.until) return kept.examples;
  const start = exampleStart(now, zone);
  const until = toInstant(start, zone);
  const at = `${start.date} ${start.time}`;
  const weekLater = nextWeekdayAt(until, zone, EXAMPLE_WEEKDAY, DEFAULTS.time);
  const examples = {
    at,
    schedule: `"${EXAMPLE_TITLE}" ${at} ${EXAMPLE_DETAILS}`,
    series: `"Hack Friday" ${at} ${formatDuration(DEFAULTS.durationMs)} ${examplePhrase(start)}`,
    reschedule: `"${EXAMPLE_TITLE}" ${weekLater.date} ${weekLater.time}`,
  };
  if (keptExamples.size >= EXAMPLE_ZONES_KEPT) keptExamples.clear();
  keptExamples.set(zone, { from: now, until, examples });
  return examples;
}

type TextExamples = { at: string; schedule: string; series: string; reschedule: string };

/**
 * The examples stay the same until their start comes, so they are worked out once per zone until then: every help
 * message shows them, and reading zoned times costs more than the rest of that message.
 */
const keptExamples = new Map<string, { from: number; until: number; examples: TextExamples }>();
const EXAMPLE_ZONES_KEPT = 64;

/** `"Winter Hackfest"` and whatever follows it, as `/hackfest cancel` takes it. */
export function parseQuotedTitle(text: string): Result<{ title: string; rest: string }> {
  const titled = readTitle(text);
  return titled.ok ? titled : fail(titled.error.part, titled.error.message, `"${EXAMPLE_TITLE}"`);
}

/** The error with a full command that works: the person's own title and start where they were fine. */
function explain(
  problem: Problem,
  context: TextContext,
  known: { title?: string; start?: LocalDateTime; tail?: string },
): { ok: false; error: InputError } {
  const start = problem.start ?? known.start ?? exampleStart(context.now, context.zone);
  const tail = problem.tail ?? known.tail ?? EXAMPLE_DETAILS;
  const example = [`"${known.title ?? EXAMPLE_TITLE}"`, start.date, start.time, tail].filter((part) => part !== '');
  return fail(problem.part, problem.message, example.join(' '));
}

function problem(part: string, message: string, tail?: string): { ok: false; error: Problem } {
  return { ok: false, error: tail === undefined ? { part, message } : { part, message, tail } };
}

function readTitle(text: string): Result<{ title: string; rest: string }, Problem> {
  const input = cleanText(text);
  if (input === '') return problem('title', 'Start with the title, in double quotes.');
  const quoted = QUOTED_TITLE.exec(input);
  if (!quoted) {
    if (QUOTES.includes(input[0] ?? '')) return problem('title', 'The title has no closing quote.');
    return problem('title', 'Put the title in double quotes, so that it is clear where it ends.');
  }
  const title = cleanLine(quoted[1] ?? '');
  const length = [...title].length;
  if (length === 0) return problem('title', 'The title is empty.');
  if (length > LIMITS.titleLength) {
    return problem('title', `The title has ${length} characters; at most ${LIMITS.titleLength} fit.`);
  }
  return ok({ title, rest: input.slice(quoted[0].length) });
}

function readStart(text: string, context: TextContext): Result<Start, Problem> {
  const input = text.trim();
  const ambiguous = ambiguousDate(input, context);
  if (ambiguous !== undefined) return { ok: false, error: ambiguous };
  const read = readIsoStart(input) ?? readWordedStart(input, context);
  if (!read.ok) return read;
  const { start, end, rest } = read.value;
  if (!isValidLocal({ date: start.date, time: '00:00' })) {
    return problem('date', `${start.date} is not a date on the calendar.`);
  }
  const startsAt = toInstant(start, context.zone);
  if (startsAt <= context.now) {
    return problem('date', `That is in the past: ${start.date} ${start.time} has already gone by in ${context.zone}.`);
  }
  const rangeMs = end === undefined ? undefined : toInstant(end, context.zone) - startsAt;
  return ok({ start, startsAt, rangeMs, rest });
}

type ReadStart = { start: LocalDateTime; end?: LocalDateTime; rest: string };

/**
 * 03/01/2027 is 3 January in most of the world and 1 March in the US; rather than guess from the time zone, a date
 * whose day and month could swap is refused with both readings in ISO form. The example takes the first reading
 * that is still ahead, with the time as typed.
 */
function ambiguousDate(input: string, context: TextContext): Problem | undefined {
  const typed = NUMERIC_DATE.exec(input);
  if (!typed) return undefined;
  const [first, second] = [Number(typed[1]), Number(typed[3])];
  if (first === second || first < 1 || first > 12 || second < 1 || second > 12) return undefined;
  const dayFirst = isoDateOf(typed[4], second, first, context);
  const monthFirst = isoDateOf(typed[4], first, second, context);
  const message =
    `${typed[0]} could be ${first} ${MONTH_NAMES[second - 1]} or ${second} ${MONTH_NAMES[first - 1]}: ` +
    `type ${dayFirst} or ${monthFirst}.`;
  const afterDate = input.slice(typed[0].length);
  const start = [dayFirst, monthFirst]
    .map((date): LocalDateTime => {
      const read = readIsoStart(`${date} ${afterDate.replace(/^,/, '')}`);
      return read?.ok ? read.value.start : { date, time: DEFAULTS.time };
    })
    .find((reading) => toInstant(reading, context.zone) > context.now);
  return start === undefined ? { part: 'date', message } : { part: 'date', message, start };
}

/** The ISO date of a day and month, in the typed year (two digits mean this century) or, without one, the next. */
function isoDateOf(year: string | undefined, month: number, day: number, context: TextContext): string {
  const monthDay = `${pad(month)}-${pad(day)}`;
  if (year !== undefined) return `${year.length === 2 ? `20${year}` : year}-${monthDay}`;
  const today = toLocal(context.now, context.zone).date;
  const thisYear = Number(today.slice(0, 4));
  return `${`${thisYear}-${monthDay}` < today ? thisYear + 1 : thisYear}-${monthDay}`;
}

/** `2026-12-11 14:00`, `2026-12-11T14:00`, `2026-12-11 2pm`, `2026-12-11 at 2:30pm`; undefined for other text. */
function readIsoStart(text: string): Result<ReadStart, Problem> | undefined {
  const date = ISO_DATE.exec(text);
  if (!date) return undefined;
  const isoDate = `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`;
  const afterDate = text.slice(date[0].length).replace(/^(?:T|\s+(?:at\s+)?)/i, '');
  const time = TIME_OF_DAY.exec(afterDate);
  if (!time || (time[2] === undefined && time[3] === undefined)) {
    return problem('time', `Add the time after the date, e.g. ${isoDate} ${DEFAULTS.time}.`);
  }
  const hour = Number(time[1]);
  const minute = Number(time[2] ?? 0);
  const meridiem = time[3]?.toLowerCase();
  const validHour = meridiem === undefined ? hour <= 23 : hour >= 1 && hour <= 12;
  if (!validHour || minute > 59) return problem('time', `${time[0]} is not a time of day.`);
  const hour24 = meridiem === undefined ? hour : (hour % 12) + (meridiem === 'p' ? 12 : 0);
  return ok({ start: { date: isoDate, time: `${pad(hour24)}:${pad(minute)}` }, rest: afterDate.slice(time[0].length) });
}

/** 'next friday 2pm', 'dec 11 14:00', 'tomorrow 10:00', 'dec 11 2pm-5pm': read by chrono in the person's zone. */
function readWordedStart(text: string, context: TextContext): Result<ReadStart, Problem> {
  const needsStart = 'After the title comes the start: YYYY-MM-DD HH:MM, or words such as "next friday 2pm".';
  // chrono would read a bare length such as '3h' as "in 3 hours".
  if (takeLength(text.split(/\s+/), 0) !== undefined) return problem('date', needsStart);
  const reference = { instant: new Date(context.now), timezone: tzOffset(context.zone, new Date(context.now)) };
  const [found] = chrono.parse(text, reference, { forwardDate: true });
  if (found === undefined || found.index !== 0) return problem('date', needsStart);
  if (!found.start.isCertain('day') && !found.start.isCertain('weekday')) {
    return problem('date', `Add the date to ${quoted(found.text)}.`);
  }
  if (!found.start.isCertain('hour')) {
    return problem('time', `Add the time to ${quoted(found.text)}, e.g. ${DEFAULTS.time}.`);
  }
  const start = wallClockOf(found.start, context.zone);
  const rest = text.slice(found.text.length);
  // chrono gives `end: null`, not undefined, when there is no range.
  return ok(found.end ? { start, end: wallClockOf(found.end, context.zone), rest } : { start, rest });
}

/**
 * chrono's fields are wall-clock time at the reference offset, which is now's offset; reading the fields (rather than
 * chrono's Date) and converting them with toInstant keeps a date across a DST change right. A time typed with its own
 * zone ('2pm EST') is an instant, shown in the person's zone.
 */
function wallClockOf(components: ParsedComponents, zone: string): LocalDateTime {
  if (components.isCertain('timezoneOffset')) return toLocal(components.date().getTime(), zone);
  const field = (name: 'year' | 'month' | 'day' | 'hour' | 'minute') => components.get(name) ?? 0;
  return {
    date: `${String(field('year')).padStart(4, '0')}-${pad(field('month'))}-${pad(field('day'))}`,
    time: `${pad(field('hour'))}:${pad(field('minute'))}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function readDetails(when: Start): Result<Details, Problem> {
  const words = when.rest.split(/\s+/).filter((word) => word !== '');
  const given: Partial<Details> = when.rangeMs === undefined ? {} : { durationMs: when.rangeMs };
  for (let index = 0; index < words.length; ) {
    const read = readDetail(words, index, when.start);
    if (!read.ok) return read;
    for (const key of Object.keys(read.value.found) as (keyof Details)[]) {
      if (given[key] !== undefined) return problem(DETAIL_PARTS[key], `Give the ${DETAIL_PARTS[key]} only once.`);
    }
    Object.assign(given, read.value.found);
    index = read.value.next;
  }
  return withinLimits({
    durationMs: given.durationMs ?? DEFAULTS.durationMs,
    slots: given.slots ?? DEFAULTS.slots,
    demoMs: given.demoMs ?? DEFAULTS.demoMs,
    rule: given.rule ?? null,
  });
}

function readDetail(
  words: string[],
  index: number,
  start: LocalDateTime,
): Result<{ found: Partial<Details>; next: number }, Problem> {
  const word = words[index] ?? '';
  const lower = word.toLowerCase();
  if (isRecurrenceStart(lower)) {
    const end = repeatEnd(words, index);
    const rule = parseRecurrence(words.slice(index, end).join(' '), start);
    if (!rule.ok) return problem(rule.error.part, rule.error.message, `${EXAMPLE_DETAILS} ${rule.error.example}`);
    return ok({ found: { rule: rule.value }, next: end });
  }
  if (lower === 'slots') {
    const count = words[index + 1] ?? '';
    if (!/^\d+$/.test(count)) {
      return problem('slots', `After "slots" comes how many demos fit, e.g. slots ${DEFAULTS.slots}.`);
    }
    return ok({ found: { slots: Number(count) }, next: index + 2 });
  }
  if (lower === 'demo') {
    const demo = takeLength(words, index + 1);
    if (demo === undefined) return problem('demo', 'After "demo" comes how long each demo may run, e.g. demo 5m.');
    return ok({ found: { demoMs: demo.ms }, next: demo.next });
  }
  const length = takeLength(words, index);
  if (length !== undefined) return ok({ found: { durationMs: length.ms }, next: length.next });
  if (/^\d/.test(word)) return problem('length', `${quoted(word)} is not a length: write it like 3h, 90m or 1 day.`);
  return problem(word, `I don't know what ${quoted(word)} means here. ${DETAILS_HELP}`);
}

/** Where a repeat phrase starting at `from` ends: at the next detail (slots, demo or a length such as 3h), or the end. */
function repeatEnd(words: string[], from: number): number {
  const end = words.findIndex((word, index) => index > from && startsDetail(word));
  return end === -1 ? words.length : end;
}

/** No repeat phrase has these words: 'slots', 'demo', or a length in one word ('2nd' and '15th' are not lengths). */
function startsDetail(word: string): boolean {
  return ['slots', 'demo'].includes(word.toLowerCase()) || readLength(word) !== undefined;
}

/** The longest run of words from `from` that reads as a length, such as ['1h', '30m'] or ['1', 'day']. */
function takeLength(words: string[], from: number): { ms: number; next: number } | undefined {
  for (let next = Math.min(words.length, from + MAX_LENGTH_WORDS); next > from; next--) {
    const ms = readLength(words.slice(from, next).join(' '));
    if (ms !== undefined) return { ms, next };
  }
  return undefined;
}

function withinLimits(details: Details): Result<Details, Problem> {
  const { minDurationMs, maxDurationMs, minSlots, maxSlots, minDemoMs, maxDemoMs } = LIMITS;
  if (details.durationMs < minDurationMs || details.durationMs > maxDurationMs) {
    return problem(
      'length',
      `A hackfest lasts from ${formatDuration(minDurationMs)} to ${formatDuration(maxDurationMs)}.`,
    );
  }
  if (details.slots < minSlots || details.slots > maxSlots) {
    return problem('slots', `Slots must be a whole number from ${minSlots} to ${maxSlots}.`);
  }
  if (details.demoMs < minDemoMs || details.demoMs > maxDemoMs) {
    return problem('demo', `A demo lasts from ${formatDuration(minDemoMs)} to ${formatDuration(maxDemoMs)}.`);
  }
  return ok(details);
}
