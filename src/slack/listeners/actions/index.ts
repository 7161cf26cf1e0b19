import type { App, BlockButtonAction, BlockOverflowAction, BlockStaticSelectAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { ACTIONS } from '../../ids.ts';
import { addToCalendar, downloadIcs } from './calendar.ts';
import { confirmCancel } from './confirmCancel.ts';
import { editDemoClicked, manageLineupClicked, signUpClicked, withdrawClicked } from './demos.ts';
import { moveDemoChosen, shuffleClicked, toggleOneDemoEachClicked, toggleSignupsClicked } from './lineup.ts';
import { pickHackfest } from './pickHackfest.ts';
import { proposeHackfest } from './proposeHackfest.ts';

export function register(app: App, useCases: UseCases): void {
  app.action<BlockButtonAction>(ACTIONS.proposeHackfest, proposeHackfest);
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
}
