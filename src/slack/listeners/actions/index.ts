import type { App, BlockButtonAction, BlockOverflowAction, BlockStaticSelectAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { ACTIONS } from '../../ids.ts';
import { addToCalendar, downloadIcs } from './calendar.ts';
import { confirmCancel } from './confirmCancel.ts';
import { editDemoClicked, manageLineupClicked, signUpClicked, withdrawClicked } from './demos.ts';
import { applyFeedbackClicked, feedbackWindowClicked, giveFeedbackClicked } from './feedback.ts';
import { moveDemoChosen, shuffleClicked, toggleOneDemoEachClicked, toggleSignupsClicked } from './lineup.ts';
import { pickHackfest } from './pickHackfest.ts';
import { adjustClicked, backClicked, proposeClicked, scheduleClicked, suggestClicked } from './proposals.ts';
import { claimRoleClicked, EXTEND_ONE_MINUTE, showControlClicked } from './show.ts';

export function register(app: App, useCases: UseCases): void {
  app.action<BlockButtonAction>(ACTIONS.proposeHackfest, proposeClicked());
  app.action<BlockButtonAction>(ACTIONS.backProposal, backClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.suggestChange, suggestClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.adjustProposal, adjustClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.scheduleProposal, scheduleClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.giveFeedback, giveFeedbackClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.closeFeedback, feedbackWindowClicked(useCases, 'close-now'));
  app.action<BlockButtonAction>(ACTIONS.extendFeedback, feedbackWindowClicked(useCases, 'extend'));
  app.action<BlockButtonAction>(ACTIONS.applyFeedback, applyFeedbackClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.addToCalendar, addToCalendar);
  app.action<BlockButtonAction>(ACTIONS.downloadIcs, downloadIcs(useCases));
  app.action<BlockStaticSelectAction>(ACTIONS.pickHackfest, pickHackfest(useCases));
  app.action<BlockButtonAction>(ACTIONS.confirmCancel, confirmCancel(useCases));
  app.action<BlockButtonAction>(ACTIONS.confirmEndSeries, confirmCancel(useCases));
  app.action<BlockButtonAction>(ACTIONS.signUp, signUpClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.editDemo, editDemoClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.withdraw, withdrawClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.manageLineup, manageLineupClicked(useCases));
  app.action<BlockOverflowAction>(ACTIONS.moveDemo, moveDemoChosen(useCases));
  app.action<BlockButtonAction>(ACTIONS.shuffleLineup, shuffleClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.toggleSignups, toggleSignupsClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.toggleOneDemoEach, toggleOneDemoEachClicked(useCases));
  // One claim button per role, told apart by their action_id's suffix (`claim_role:emcee`).
  app.action<BlockButtonAction>(new RegExp(`^${ACTIONS.claimRole}:`), claimRoleClicked(useCases));
  app.action<BlockButtonAction>(ACTIONS.startShow, showControlClicked(useCases, { type: 'start' }));
  app.action<BlockButtonAction>(ACTIONS.showNext, showControlClicked(useCases, { type: 'next' }));
  app.action<BlockButtonAction>(ACTIONS.showPauseResume, showControlClicked(useCases, 'pause-or-resume'));
  app.action<BlockButtonAction>(ACTIONS.showExtend, showControlClicked(useCases, EXTEND_ONE_MINUTE));
  app.action<BlockButtonAction>(ACTIONS.showGong, showControlClicked(useCases, { type: 'gong' }));
  app.action<BlockButtonAction>(ACTIONS.showSkip, showControlClicked(useCases, { type: 'skip' }));
  app.action<BlockButtonAction>(ACTIONS.showEnd, showControlClicked(useCases, { type: 'end' }));
}
