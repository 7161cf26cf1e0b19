import { type ScheduleRequest, validateSchedule } from '../domain/scheduling.ts';
import { cancelHackfest } from './cancelHackfest.ts';
import type { Deps } from './deps.ts';
import { endSeries } from './endSeries.ts';
import { exportCalendar, sendCalendarFile } from './exportCalendar.ts';
import { keepSeriesOnCalendar } from './keepSeriesOnCalendar.ts';
import { findHackfests, listHackfests } from './listHackfests.ts';
import { loadForOrganizer } from './loadForOrganizer.ts';
import { rescheduleHackfest } from './rescheduleHackfest.ts';
import { rescheduleSeriesFrom } from './rescheduleSeriesFrom.ts';
import { scheduleHackfest } from './scheduleHackfest.ts';

export type { Deps } from './deps.ts';

/** Every use case with its dependencies bound: what the Slack listeners and the scheduler call. */
export function createUseCases(deps: Deps) {
  const bind =
    <A extends unknown[], R>(useCase: (deps: Deps, ...args: A) => R) =>
    (...args: A): R =>
      useCase(deps, ...args);
  return {
    scheduleHackfest: bind(scheduleHackfest),
    rescheduleHackfest: bind(rescheduleHackfest),
    rescheduleSeriesFrom: bind(rescheduleSeriesFrom),
    cancelHackfest: bind(cancelHackfest),
    endSeries: bind(endSeries),
    listHackfests: bind(listHackfests),
    findHackfests: bind(findHackfests),
    exportCalendar: bind(exportCalendar),
    sendCalendarFile: bind(sendCalendarFile),
    keepSeriesOnCalendar: bind(keepSeriesOnCalendar),
    now: () => deps.clock.now(),
    /** What is wrong with a schedule request, before anything is posted or saved (a form answers inline). */
    checkSchedule: (request: ScheduleRequest) => validateSchedule(request, deps.clock.now()),
    /** The hackfest, if this person may still change it; else why not. Checked before showing a form. */
    loadForOrganizer: (hackfestId: string, actorId: string) => loadForOrganizer(deps, hackfestId, actorId),
    profile: (userId: string) => deps.people.profile(userId),
    getHackfest: (id: string) => deps.store.hackfests.get(id),
    getSeries: (id: string) => deps.store.series.get(id),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
