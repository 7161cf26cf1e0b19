import type { Hackfest } from '../domain/hackfest.ts';
import { signupsOpen } from '../domain/lineup.ts';
import { type ScheduleRequest, validateSeriesAdjustment } from '../domain/scheduling.ts';
import { adjustProposal, sendAdjustmentDigest } from './adjustProposal.ts';
import { adjustSeries } from './adjustSeries.ts';
import { announceDue } from './announceHackfest.ts';
import { applyFeedback } from './applyFeedback.ts';
import { backProposal } from './backProposal.ts';
import { cancelHackfest } from './cancelHackfest.ts';
import { claimRole } from './claimRole.ts';
import { changeFeedbackWindow, feedbackDue } from './closeFeedback.ts';
import type { Deps } from './deps.ts';
import { endSeries } from './endSeries.ts';
import { exportCalendar, sendCalendarFile } from './exportCalendar.ts';
import { feedbackFormFor, giveFeedback, latestFeedbackIn } from './giveFeedback.ts';
import { openHome } from './home.ts';
import { keepSeriesOnCalendar } from './keepSeriesOnCalendar.ts';
import { findHackfests, findToOrganize, listHackfests } from './listHackfests.ts';
import { loadToMoveOrCancel } from './loadForOrganizer.ts';
import { loadForProposer, loadOpenProposal } from './loadForProposer.ts';
import { editDemo, myDemo, signupRefusalFor, withdraw } from './manageDemo.ts';
import {
  lineupFor,
  moveInLineup,
  removeFromWaitlist,
  setSignupRule,
  shuffleLineup,
  signupsClosed,
} from './manageLineup.ts';
import { hackfestOver } from './openFeedback.ts';
import { openProposals } from './openProposals.ts';
import { proposeHackfest } from './proposeHackfest.ts';
import { postReminder, remindersOf } from './reminders.ts';
import { rescheduleHackfest } from './rescheduleHackfest.ts';
import { rescheduleSeriesFrom } from './rescheduleSeriesFrom.ts';
import { runShow } from './runShow.ts';
import { checkSchedule, scheduleHackfest } from './scheduleHackfest.ts';
import { scheduleProposal } from './scheduleProposal.ts';
import { redrawShow, ringGong, warnPresenter } from './showDueWork.ts';
import { signUpIntake } from './signUpIntake.ts';
import { checkSuggestion, suggestChange } from './suggestChange.ts';
import { concerned } from './tellPeople.ts';

export type { Deps } from './deps.ts';

/** Every use case with its dependencies bound: what the Slack listeners and the scheduler call. */
export function createUseCases(deps: Deps) {
  const bind =
    <A extends unknown[], R>(useCase: (deps: Deps, ...args: A) => R) =>
    (...args: A): R =>
      useCase(deps, ...args);
  return {
    scheduleHackfest: bind(scheduleHackfest),
    announceDue: bind(announceDue),
    rescheduleHackfest: bind(rescheduleHackfest),
    rescheduleSeriesFrom: bind(rescheduleSeriesFrom),
    adjustSeries: bind(adjustSeries),
    cancelHackfest: bind(cancelHackfest),
    endSeries: bind(endSeries),
    listHackfests: bind(listHackfests),
    findToOrganize: bind(findToOrganize),
    exportCalendar: bind(exportCalendar),
    sendCalendarFile: bind(sendCalendarFile),
    keepSeriesOnCalendar: bind(keepSeriesOnCalendar),
    signUp: signUpIntake(deps),
    claimRole: bind(claimRole),
    openHome: bind(openHome),
    hackfestOver: bind(hackfestOver),
    feedbackDue: bind(feedbackDue),
    feedbackFormFor: bind(feedbackFormFor),
    latestFeedbackIn: bind(latestFeedbackIn),
    giveFeedback: bind(giveFeedback),
    changeFeedbackWindow: bind(changeFeedbackWindow),
    applyFeedback: bind(applyFeedback),
    runShow: bind(runShow),
    warnPresenter: bind(warnPresenter),
    ringGong: bind(ringGong),
    redrawShow: bind(redrawShow),
    postReminder: bind(postReminder),
    remindersOf: bind(remindersOf),
    editDemo: bind(editDemo),
    withdraw: bind(withdraw),
    myDemo: bind(myDemo),
    signupRefusalFor: bind(signupRefusalFor),
    lineupFor: bind(lineupFor),
    moveInLineup: bind(moveInLineup),
    shuffleLineup: bind(shuffleLineup),
    removeFromWaitlist: bind(removeFromWaitlist),
    setSignupRule: bind(setSignupRule),
    signupsClosed: bind(signupsClosed),
    proposeHackfest: bind(proposeHackfest),
    backProposal: bind(backProposal),
    suggestChange: bind(suggestChange),
    checkSuggestion: bind(checkSuggestion),
    adjustProposal: bind(adjustProposal),
    sendAdjustmentDigest: bind(sendAdjustmentDigest),
    scheduleProposal: bind(scheduleProposal),
    openProposals: bind(openProposals),
    /** The proposal, if this person may adjust or schedule it; else why not. Checked before showing a form. */
    loadForProposer: (proposalId: string, actorId: string) => loadForProposer(deps, proposalId, actorId),
    /** The proposal while it is open to backing and suggestions; else why not. */
    loadOpenProposal: (proposalId: string) => loadOpenProposal(deps, proposalId),
    now: () => deps.clock.now(),
    /** What is wrong with a schedule request, before anything is posted or saved (a form answers inline). */
    checkSchedule: bind(checkSchedule),
    /** The same, for a series adjusted from one of its dates on. */
    checkSeriesAdjustment: (request: ScheduleRequest) => validateSeriesAdjustment(request, deps.clock.now()),
    /** The hackfest, if this person may still move or cancel it; else why not. Checked before showing a form. */
    loadToMoveOrCancel: (hackfestId: string, actorId: string) => loadToMoveOrCancel(deps, hackfestId, actorId),
    /** Whom a change to this hackfest by this person would tell: shown before they make it. */
    whoWouldBeTold: (hackfest: Hackfest, actorId: string) => concerned(deps, hackfest, actorId),
    profile: (userId: string) => deps.people.profile(userId),
    getHackfest: (id: string) => deps.store.hackfests.get(id),
    getSeries: (id: string) => deps.store.series.get(id),
    /** For `/hackfest signup ["Title"]`: the channel's upcoming hackfests (so named), and those taking sign-ups now. */
    openForSignups: async (request: { channelId: string; title: string }) => {
      const upcoming = await findHackfests(deps, request);
      return { upcoming, open: upcoming.filter((hackfest) => signupsOpen(hackfest, deps.clock.now())) };
    },
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
