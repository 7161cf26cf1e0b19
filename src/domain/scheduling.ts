import { formatDuration } from './duration.ts';
import {
  DEFAULTS,
  endsAt,
  type Hackfest,
  LIMITS,
  type LocalDateTime,
  type ReminderKind,
  type Series,
  type UserId,
} from './hackfest.ts';
import { occurrences, type RecurrenceChoice } from './recurrence.ts';
import { endBefore, withRemainingCount } from './ruleEdits.ts';
import { cleanLine, cleanText } from './userText.ts';
import { nextWeekdayAt, toInstant, toLocal } from './zonedTime.ts';

const DAY = 24 * 60 * 60_000;
/** How far ahead a series' occurrences exist as hackfests, so they can be listed and signed up for. */
export const SERIES_HORIZON_MS = 60 * DAY;
/** How far ahead a hackfest may start: a start further out is a slip of the keyboard (9999), not a plan. */
export const START_HORIZON_MS = 2 * 365 * DAY;
const HOUR = 60 * 60_000;
/**
 * A rule's dates compared to find its shortest gap: those of a year (every clock change and length of month), at most
 * a year of daily ones. Bounded in time too, so that a rule that rarely meets is not searched for centuries.
 */
const GAP_SAMPLE = { limit: 400, withinMs: 366 * DAY };

/** A hackfest just put on the calendar: nobody has claimed a role and it has no announcement yet. */
const NOT_YET_UNDER_WAY = {
  status: 'scheduled',
  signupsReopened: false,
  oneDemoEach: true,
  emceeId: null,
  timekeeperId: null,
  announcement: null,
} as const satisfies Partial<Hackfest>;

export type ScheduleRequest = {
  organizerId: UserId;
  channelId: string;
  title: string;
  description: string;
  startsAt: number;
  timeZone: string;
  durationMs: number;
  slots: number;
  demoMs: number;
  /** When sign-ups close; null means at the start. */
  signupDeadline: number | null;
  coOrganizerIds: UserId[];
  /** An RRULE body for a series, or null for a one-off. */
  rule: string | null;
  reminders: ReminderKind[];
};

export type ScheduleField = 'title' | 'start' | 'length' | 'slots' | 'demo' | 'deadline' | 'recurrence' | 'channel';
/**
 * What is wrong, on which field; `fix` changes the request so that this rule holds, where one change does. A rule on
 * how fields fit together names the other fields it `alsoReads`: where one of them could not be read, it judged a
 * default, not what the person entered.
 */
export type ScheduleError = {
  field: ScheduleField;
  message: string;
  fix?: Partial<ScheduleRequest>;
  alsoReads?: ScheduleField[];
};

/** Everything wrong with a request, all at once, each with what to do instead. */
export function validateSchedule(request: ScheduleRequest, now: number): ScheduleError[] {
  const errors: ScheduleError[] = [];
  const title = cleanLine(request.title);
  if (title === '') errors.push({ field: 'title', message: 'Give the hackfest a title, e.g. "Winter Hackfest".' });
  if ([...title].length > LIMITS.titleLength)
    errors.push({ field: 'title', message: `Keep the title to ${LIMITS.titleLength} characters or fewer.` });
  const start = startProblem(request.startsAt, now);
  if (start !== null) errors.push({ field: 'start', message: start });
  if (request.durationMs < LIMITS.minDurationMs || request.durationMs > LIMITS.maxDurationMs)
    errors.push({ field: 'length', message: 'Make it between 15 minutes and 7 days long, e.g. 3h or 1 day.' });
  if (!Number.isInteger(request.slots) || request.slots < LIMITS.minSlots || request.slots > LIMITS.maxSlots)
    errors.push({
      field: 'slots',
      message: `Offer between ${LIMITS.minSlots} and ${LIMITS.maxSlots} demo slots, e.g. 8.`,
    });
  if (request.demoMs < LIMITS.minDemoMs || request.demoMs > LIMITS.maxDemoMs)
    errors.push({ field: 'demo', message: 'Give each demo between 1 and 60 minutes, e.g. 5m.' });
  if (request.signupDeadline !== null && (request.signupDeadline > request.startsAt || request.signupDeadline <= now))
    errors.push({ field: 'deadline', message: 'Close sign-ups between now and the start (or leave it empty).' });
  if (request.rule !== null) {
    const local = toLocal(request.startsAt, request.timeZone);
    const [first] = occurrences(request.rule, local, request.timeZone, { after: request.startsAt - 1, limit: 1 });
    if (first !== request.startsAt)
      errors.push({
        field: 'recurrence',
        message: `${local.date} is not a date of that rule: pick a start date that fits it, e.g. the first one it names.`,
      });
  }
  // How fields fit together, once each of them is fine on its own.
  const fine = (...fields: ScheduleField[]) => !errors.some((error) => fields.includes(error.field));
  const overrun = fine('length', 'slots', 'demo') ? demosOverrun(request) : [];
  const overlap = fine('start', 'length', 'recurrence') ? occurrencesOverlap(request) : [];
  return [...errors, ...overrun, ...overlap];
}

/** Why a hackfest cannot start then (in the past, or beyond the horizon), or null if it can. */
export function startProblem(startsAt: number, now: number): string | null {
  if (startsAt <= now) return 'That time is in the past: pick a future one.';
  if (isBeyondHorizon(startsAt, now))
    return 'That is more than 2 years ahead: hackfests are scheduled at most 2 years ahead. Pick a nearer start.';
  return null;
}

export const isBeyondHorizon = (startsAt: number, now: number): boolean => startsAt > now + START_HORIZON_MS;

/** Every slot's demo must fit in the hackfest; the fix makes it long enough for them. */
function demosOverrun(request: ScheduleRequest): ScheduleError[] {
  const { slots, demoMs, durationMs } = request;
  const neededMs = slots * demoMs;
  if (neededMs <= durationMs) return [];
  const fitting = Math.floor(durationMs / demoMs);
  const fewer = fitting > 0 ? `, offer at most ${fitting} slot${fitting === 1 ? '' : 's'}` : '';
  return [
    {
      field: 'slots',
      alsoReads: ['length', 'demo'],
      message: `${slots} demos of ${formatDuration(demoMs)} need ${formatDuration(neededMs)}; this hackfest lasts ${formatDuration(durationMs)}. Make it at least ${formatDuration(neededMs)} long${fewer}, or make the demos shorter.`,
      fix: { durationMs: neededMs },
    },
  ];
}

/** A series' dates must not overlap: each ends before the next starts. The fix shortens it to a whole hour. */
function occurrencesOverlap(request: ScheduleRequest): ScheduleError[] {
  if (request.rule === null) return [];
  const { shortestMs, onTheClockMs } = shortestGap(request.rule, request.startsAt, request.timeZone);
  if (request.durationMs < shortestMs) return [];
  const shorterMs = Math.floor((shortestMs - 1) / HOUR) * HOUR;
  const clocksChange = shortestMs < onTheClockMs ? ' (the clocks change in between)' : '';
  return [
    {
      field: 'recurrence',
      alsoReads: ['start', 'length'],
      message: `Its dates come as little as ${formatDuration(onTheClockMs)} apart, so a hackfest of ${formatDuration(request.durationMs)} would still be on when the next one starts. Make it shorter than ${formatDuration(shortestMs)}${clocksChange}, or repeat less often.`,
      ...(shorterMs >= LIMITS.minDurationMs ? { fix: { durationMs: shorterMs } } : {}),
    },
  ];
}

/**
 * The shortest time between two consecutive dates of a rule from `startsAt` on, and the shortest as the clock on
 * the wall reads it: a daily series is a day apart on the wall, but 23 hours when summer time begins.
 */
function shortestGap(rule: string, startsAt: number, zone: string) {
  const dates = occurrences(rule, toLocal(startsAt, zone), zone, {
    after: startsAt - 1,
    limit: GAP_SAMPLE.limit,
    before: startsAt + GAP_SAMPLE.withinMs,
  });
  const onTheWall = (instant: number) => {
    const { date, time } = toLocal(instant, zone);
    return Date.parse(`${date}T${time}Z`);
  };
  let shortestMs = Number.POSITIVE_INFINITY;
  let onTheClockMs = Number.POSITIVE_INFINITY;
  for (const [index, date] of dates.entries()) {
    const previous = dates[index - 1];
    if (previous === undefined) continue;
    shortestMs = Math.min(shortestMs, date - previous);
    onTheClockMs = Math.min(onTheClockMs, onTheWall(date) - onTheWall(previous));
  }
  return { shortestMs, onTheClockMs };
}

/** The hackfest among `upcoming` that this request would repeat: the same channel, title (in any case) and start. */
export function duplicateOf(
  request: Pick<ScheduleRequest, 'channelId' | 'title' | 'startsAt'>,
  upcoming: readonly Hackfest[],
): Hackfest | undefined {
  const title = cleanLine(request.title).toLocaleLowerCase();
  return upcoming.find(
    (hackfest) =>
      hackfest.status === 'scheduled' &&
      hackfest.channelId === request.channelId &&
      hackfest.startsAt === request.startsAt &&
      hackfest.title.toLocaleLowerCase() === title,
  );
}

/** Scheduling the same hackfest twice is refused, pointing at the one on the calendar. */
export function duplicateError(existing: Hackfest): ScheduleError {
  return {
    field: 'title',
    message: `"${existing.title}" is already on the calendar in this channel at that time. To move it, use /hackfest reschedule "${existing.title}"; to add another one, give it another title or start.`,
  };
}

/** What a schedule form starts with: a hackfest like an earlier one, or a proposal's. */
export type SchedulePrefill = {
  title?: string;
  description?: string;
  durationMs?: number;
  slots?: number;
  demoMs?: number;
  reminders?: ReminderKind[];
  signupDeadline?: number;
  rule?: string;
  recurrence?: { choice: RecurrenceChoice; everyNWeeks?: number };
  coOrganizerIds?: UserId[];
};

/** A series adjusted from one of its dates on must still repeat: `/hackfest cancel` ends one. */
export function validateSeriesAdjustment(request: ScheduleRequest, now: number): ScheduleError[] {
  const errors = validateSchedule(request, now);
  if (request.rule === null)
    errors.push({ field: 'recurrence', message: 'Pick how the series repeats; to end it, use /hackfest cancel.' });
  return errors;
}

export type SchedulePlan = { series: Series | null; hackfests: Hackfest[] };

/** What a series' organizers may change of it from one of its dates on, besides when that date starts. */
export type SeriesChanges = Partial<
  Pick<Series, 'title' | 'description' | 'rule' | 'durationMs' | 'slots' | 'demoMs' | 'signupLeadMs' | 'reminders'>
>;

/** What a schedule form sets of a hackfest or series, apart from where, who and when. */
export function settingsOf(request: ScheduleRequest) {
  return {
    title: cleanLine(request.title),
    description: cleanText(request.description),
    durationMs: request.durationMs,
    slots: request.slots,
    demoMs: request.demoMs,
    signupLeadMs: request.signupDeadline === null ? 0 : request.startsAt - request.signupDeadline,
    reminders: request.reminders,
  } satisfies SeriesChanges;
}

/** The hackfests (and series) a valid request creates: a one-off, or a series' occurrences within the horizon. */
export function planSchedule(request: ScheduleRequest, now: number, newId: () => string): SchedulePlan {
  const { signupLeadMs, ...settings } = settingsOf(request);
  const common = {
    ...settings,
    channelId: request.channelId,
    organizerId: request.organizerId,
    coOrganizerIds: request.coOrganizerIds.filter((id) => id !== request.organizerId),
    timeZone: request.timeZone,
  };
  if (request.rule === null) {
    const hackfest: Hackfest = {
      ...common,
      id: newId(),
      seriesId: null,
      occurrenceDate: null,
      startsAt: request.startsAt,
      signupDeadline: request.startsAt - signupLeadMs,
      ...NOT_YET_UNDER_WAY,
    };
    return { series: null, hackfests: [hackfest] };
  }
  const series: Series = {
    ...common,
    id: newId(),
    rule: request.rule,
    firstStart: toLocal(request.startsAt, request.timeZone),
    signupLeadMs,
    skippedDates: [],
    status: 'active',
    nudgedAt: null,
    continuedBy: null,
  };
  return { series, hackfests: dueOccurrences(series, now).map((startsAt) => occurrence(series, startsAt, newId())) };
}

/** Start times of the occurrences that should exist now: those within the horizon, and at least the next one. */
export function dueOccurrences(series: Series, now: number): number[] {
  const upcoming = occurrences(series.rule, series.firstStart, series.timeZone, {
    after: now,
    limit: 400,
    before: now + SERIES_HORIZON_MS,
  }).filter((startsAt) => !series.skippedDates.includes(toLocal(startsAt, series.timeZone).date));
  if (upcoming.length > 0) return upcoming;
  return nextOccurrences(series, now, 1);
}

/** The next `count` start times of a series after `after`, skipping skipped dates. */
export function nextOccurrences(series: Series, after: number, count: number): number[] {
  return occurrences(series.rule, series.firstStart, series.timeZone, {
    after,
    limit: count + series.skippedDates.length,
  })
    .filter((startsAt) => !series.skippedDates.includes(toLocal(startsAt, series.timeZone).date))
    .slice(0, count);
}

/** A series, or the part of one before or after a move "from this date on", with its occurrences on the calendar. */
export type SeriesPart = { series: Series; onCalendar: readonly Hackfest[] };

/**
 * The next `count` dates of a series after `after`: its rules' dates, but each occurrence on the calendar where it
 * now is (moved on its own) and cancelled ones left out. `parts` are the series and those carrying it on, in order.
 */
export function comingDates(parts: readonly SeriesPart[], after: number, count: number): number[] {
  const dates = parts.flatMap(({ series, onCalendar }) => {
    const placed = new Set(onCalendar.map((hackfest) => hackfest.occurrenceDate));
    const byRule = nextOccurrences(series, after, count + placed.size).filter(
      (startsAt) => !placed.has(toLocal(startsAt, series.timeZone).date),
    );
    const scheduled = onCalendar
      .filter((hackfest) => hackfest.status === 'scheduled' && hackfest.startsAt > after)
      .map((hackfest) => hackfest.startsAt);
    return [...scheduled, ...byRule];
  });
  return dates.sort((one, other) => one - other).slice(0, count);
}

export function occurrence(series: Series, startsAt: number, id: string): Hackfest {
  const local: LocalDateTime = toLocal(startsAt, series.timeZone);
  return {
    id,
    seriesId: series.id,
    occurrenceDate: local.date,
    title: series.title,
    description: series.description,
    channelId: series.channelId,
    organizerId: series.organizerId,
    coOrganizerIds: series.coOrganizerIds,
    startsAt,
    durationMs: series.durationMs,
    slots: series.slots,
    demoMs: series.demoMs,
    signupDeadline: startsAt - series.signupLeadMs,
    timeZone: series.timeZone,
    reminders: series.reminders,
    ...NOT_YET_UNDER_WAY,
  };
}

/**
 * A series needs its organizers' attention when it has one date left (or none). One whose next date is far off
 * (quarterly, yearly) goes on: its next date is on the calendar and announced all the same.
 */
export function isRunningOut(series: Series, now: number): boolean {
  const [, afterNext] = nextOccurrences(series, now, 2);
  return afterNext === undefined;
}

export function isOver(hackfest: Hackfest, now: number): boolean {
  return endsAt(hackfest) <= now;
}

export type SeriesSplit = { ending: Series; continuing: Series; moved: Hackfest[] };

/**
 * "From this date on": the series ends before `from` (an occurrence), and a new one carries on at `startsAt` with the
 * same rule and details, but for `changes`. The scheduled occurrences from `from` on move, in order, to the new
 * series' dates, keeping their ids (and so their sign-ups); any the new series has no date for are cancelled. Null
 * when `startsAt` is not a date of the (new) rule.
 */
export function splitSeries(
  series: Series,
  from: Hackfest,
  later: readonly Hackfest[],
  change: { startsAt: number; newId: string; now: number; changes?: SeriesChanges },
): SeriesSplit | null {
  const { startsAt, newId, now, changes = {} } = change;
  const start = toLocal(startsAt, series.timeZone);
  const fromLocal = toLocal(from.startsAt, series.timeZone);
  const newRule = changes.rule !== undefined && changes.rule !== series.rule ? changes.rule : null;
  const continuing: Series = {
    ...series,
    ...changes,
    id: newId,
    // The same rule carries on where it was: a series of ten dates still has ten in all.
    rule: newRule ?? withRemainingCount(series.rule, () => nextOccurrences(series, from.startsAt - 1, 10_000).length),
    firstStart: start,
    skippedDates: series.skippedDates.filter((date) => date >= start.date),
    nudgedAt: null,
    continuedBy: null,
  };
  const [first] = occurrences(continuing.rule, start, series.timeZone, { after: startsAt - 1, limit: 1 });
  if (first !== startsAt) return null;

  const ending: Series = {
    ...series,
    rule: endBefore(series.rule, fromLocal),
    skippedDates: series.skippedDates.filter((date) => date < fromLocal.date),
    status: nextOccurrences(series, -Infinity, 1)[0] === from.startsAt ? 'ended' : series.status,
    // It runs out on purpose, its dates handed over: nobody need be asked to extend it.
    nudgedAt: now,
    continuedBy: newId,
  };
  const dates = nextOccurrences(continuing, startsAt - 1, later.length);
  const moved = later.map((hackfest, index): Hackfest => {
    const date = dates[index];
    if (date === undefined) return { ...hackfest, status: 'cancelled' };
    // A moved date takes the new series' details, and keeps who took it on and how its line-up runs.
    return {
      ...occurrence(continuing, date, hackfest.id),
      announcement: hackfest.announcement,
      coOrganizerIds: hackfest.coOrganizerIds,
      emceeId: hackfest.emceeId,
      timekeeperId: hackfest.timekeeperId,
      signupsReopened: hackfest.signupsReopened,
      oneDemoEach: hackfest.oneDemoEach,
    };
  });
  return { ending, continuing, moved };
}

const FRIDAY = 5;

/** Where the schedule form starts: next Friday at 14:00 in the person's zone. */
export const suggestedStart = (now: number, zone: string): number =>
  toInstant(nextWeekdayAt(now, zone, FRIDAY, DEFAULTS.time), zone);
