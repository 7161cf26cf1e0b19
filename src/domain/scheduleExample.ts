/** A schedule that breaks a rule, put right and written back as `/hackfest schedule` text, for the error to show. */

import { formatDuration } from './duration.ts';
import { type ScheduleError, type ScheduleRequest, validateSchedule } from './scheduling.ts';
import { toLocal } from './zonedTime.ts';

/** The request with every error's fix applied, if that is all it takes for the rules to accept it. */
export function corrected(request: ScheduleRequest, errors: readonly ScheduleError[], now: number) {
  if (errors.some((error) => error.fix === undefined)) return null;
  const fixed: ScheduleRequest = Object.assign({ ...request }, ...errors.map((error) => error.fix));
  return validateSchedule(fixed, now).length === 0 ? fixed : null;
}

/** `"Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m FREQ=WEEKLY`, as the person would type it. */
export function asScheduleText(request: ScheduleRequest): string {
  const start = toLocal(request.startsAt, request.timeZone);
  const details = `${formatDuration(request.durationMs)} slots ${request.slots} demo ${formatDuration(request.demoMs)}`;
  return [`"${request.title}"`, start.date, start.time, details, request.rule ?? ''].filter(Boolean).join(' ');
}
