import { signupsOpen } from '../domain/lineup.ts';
import { type ScheduleRequest, validateSchedule } from '../domain/scheduling.ts';
import { cancelHackfest } from './cancelHackfest.ts';
import { claimRole } from './claimRole.ts';
import { dashboard } from './dashboard.ts';
import type { Deps } from './deps.ts';
import { endSeries } from './endSeries.ts';
import { exportCalendar, sendCalendarFile } from './exportCalendar.ts';
import { keepSeriesOnCalendar } from './keepSeriesOnCalendar.ts';
import { findHackfests, listHackfests } from './listHackfests.ts';
import { loadForOrganizer } from './loadForOrganizer.ts';
import { editDemo, myDemo, withdraw } from './manageDemo.ts';
import { lineupFor, moveInLineup, setSignupRule, shuffleLineup } from './manageLineup.ts';
import { postReminder, remindersOf } from './reminders.ts';
import { rescheduleHackfest } from './rescheduleHackfest.ts';
import { rescheduleSeriesFrom } from './rescheduleSeriesFrom.ts';
import { runShow } from './runShow.ts';
import { scheduleHackfest } from './scheduleHackfest.ts';
import { redrawShow, ringGong, warnPresenter } from './showDueWork.ts';
import { checkSignUp, signUp } from './signUp.ts';

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
    signUp: bind(signUp),
    checkSignUp: bind(checkSignUp),
    claimRole: bind(claimRole),
    dashboard: bind(dashboard),
    runShow: bind(runShow),
    warnPresenter: bind(warnPresenter),
    ringGong: bind(ringGong),
    redrawShow: bind(redrawShow),
    postReminder: bind(postReminder),
    remindersOf: bind(remindersOf),
    editDemo: bind(editDemo),
    withdraw: bind(withdraw),
    myDemo: bind(myDemo),
    lineupFor: bind(lineupFor),
    moveInLineup: bind(moveInLineup),
    shuffleLineup: bind(shuffleLineup),
    setSignupRule: bind(setSignupRule),
    now: () => deps.clock.now(),
    /** What is wrong with a schedule request, before anything is posted or saved (a form answers inline). */
    checkSchedule: (request: ScheduleRequest) => validateSchedule(request, deps.clock.now()),
    /** The hackfest, if this person may still change it; else why not. Checked before showing a form. */
    loadForOrganizer: (hackfestId: string, actorId: string) => loadForOrganizer(deps, hackfestId, actorId),
    profile: (userId: string) => deps.people.profile(userId),
    getHackfest: (id: string) => deps.store.hackfests.get(id),
    getSeries: (id: string) => deps.store.series.get(id),
    /** The channel's upcoming hackfests that take sign-ups now, for `/hackfest signup`. */
    openForSignups: async (channelId: string) =>
      (await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds: [channelId] })).filter((hackfest) =>
        signupsOpen(hackfest, deps.clock.now()),
      ),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
