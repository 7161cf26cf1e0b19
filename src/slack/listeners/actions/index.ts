import type {
  AllMiddlewareArgs,
  App,
  BlockAction,
  BlockButtonAction,
  BlockOverflowAction,
  BlockStaticSelectAction,
  SlackActionMiddlewareArgs,
} from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { ACTIONS } from '../../ids.ts';
import { addToCalendar, downloadIcs } from './calendar.ts';
import { confirmCancel } from './confirmCancel.ts';
import { editDemoClicked, manageLineupClicked, signUpClicked, withdrawClicked } from './demos.ts';
import { applyFeedbackClicked, feedbackWindowClicked, giveFeedbackClicked } from './feedback.ts';
import {
  moveDemoChosen,
  removeWaitingClicked,
  shuffleClicked,
  toggleOneDemoEachClicked,
  toggleSignupsClicked,
} from './lineup.ts';
import { pickHackfest } from './pickHackfest.ts';
import { adjustClicked, backClicked, proposeClicked, scheduleClicked, suggestClicked } from './proposals.ts';
import { claimRoleClicked, EXTEND_ONE_MINUTE, releaseRoleChosen, showControlClicked } from './show.ts';

type ActionArgs<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;
type ActionListener = (args: ActionArgs<BlockAction>) => Promise<void>;
type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

// Which element an action_id belongs to is the app's own promise (as with Bolt's `app.action<BlockButtonAction>`).
const button = (listener: (args: ActionArgs<BlockButtonAction>) => Promise<void>) => listener as ActionListener;
const overflow = (listener: (args: ActionArgs<BlockOverflowAction>) => Promise<void>) => listener as ActionListener;
const select = (listener: (args: ActionArgs<BlockStaticSelectAction>) => Promise<void>) => listener as ActionListener;

/** Every button, menu and overflow in the app's messages, modals and App Home, by action_id. */
function listeners(useCases: UseCases): Record<ActionId, ActionListener> {
  return {
    [ACTIONS.proposeHackfest]: button(proposeClicked()),
    [ACTIONS.backProposal]: button(backClicked(useCases)),
    [ACTIONS.suggestChange]: button(suggestClicked(useCases)),
    [ACTIONS.adjustProposal]: button(adjustClicked(useCases)),
    [ACTIONS.scheduleProposal]: button(scheduleClicked(useCases)),
    [ACTIONS.giveFeedback]: button(giveFeedbackClicked(useCases)),
    [ACTIONS.closeFeedback]: button(feedbackWindowClicked(useCases, 'close-now')),
    [ACTIONS.extendFeedback]: button(feedbackWindowClicked(useCases, 'extend')),
    [ACTIONS.applyFeedback]: button(applyFeedbackClicked(useCases)),
    [ACTIONS.addToCalendar]: button(addToCalendar),
    [ACTIONS.downloadIcs]: button(downloadIcs(useCases)),
    [ACTIONS.pickHackfest]: select(pickHackfest(useCases)),
    [ACTIONS.confirmCancel]: button(confirmCancel(useCases)),
    [ACTIONS.confirmEndSeries]: button(confirmCancel(useCases)),
    [ACTIONS.signUp]: button(signUpClicked(useCases)),
    [ACTIONS.editDemo]: button(editDemoClicked(useCases)),
    [ACTIONS.withdraw]: button(withdrawClicked(useCases)),
    [ACTIONS.manageLineup]: button(manageLineupClicked(useCases)),
    [ACTIONS.moveDemo]: overflow(moveDemoChosen(useCases)),
    [ACTIONS.removeWaiting]: button(removeWaitingClicked(useCases)),
    [ACTIONS.shuffleLineup]: button(shuffleClicked(useCases)),
    [ACTIONS.toggleSignups]: button(toggleSignupsClicked(useCases)),
    [ACTIONS.toggleOneDemoEach]: button(toggleOneDemoEachClicked(useCases)),
    // One claim button and one ⋯ menu per role, told apart by their action_id's suffix (`claim_role:emcee`).
    [ACTIONS.claimRole]: button(claimRoleClicked(useCases)),
    [ACTIONS.releaseRole]: overflow(releaseRoleChosen(useCases)),
    [ACTIONS.startShow]: button(showControlClicked(useCases, { type: 'start' })),
    [ACTIONS.startShowEarly]: button(showControlClicked(useCases, { type: 'start', early: true })),
    [ACTIONS.showNext]: button(showControlClicked(useCases, { type: 'next' })),
    [ACTIONS.showPauseResume]: button(showControlClicked(useCases, 'pause-or-resume')),
    [ACTIONS.showExtend]: button(showControlClicked(useCases, EXTEND_ONE_MINUTE)),
    [ACTIONS.showGong]: button(showControlClicked(useCases, { type: 'gong' })),
    [ACTIONS.showSkip]: button(showControlClicked(useCases, { type: 'skip' })),
    [ACTIONS.showEnd]: button(showControlClicked(useCases, { type: 'end' })),
  };
}

/**
 * One Bolt listener routes every click by its action_id (the part before a `:`). Bolt runs every registered
 * listener's matchers for every request, and with one listener per action_id that was most of the time to ack.
 */
export function register(app: App, useCases: UseCases): void {
  const byActionId: Partial<Record<string, ActionListener>> = listeners(useCases);
  app.action<BlockAction>({ type: 'block_actions' }, async (args) => {
    const [actionId = ''] = args.action.action_id.split(':', 1);
    const listener = byActionId[actionId];
    // An action_id the app no longer has (a button on an old message) is acknowledged, so Slack shows no error.
    if (!listener) return void (await args.ack());
    await listener(args);
  });
}
