import type { App, BlockButtonAction, BlockStaticSelectAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { ACTIONS } from '../../ids.ts';
import { addToCalendar, downloadIcs } from './calendar.ts';
import { confirmCancel } from './confirmCancel.ts';
import { pickHackfest } from './pickHackfest.ts';
import { proposeHackfest } from './proposeHackfest.ts';

export function register(app: App, useCases: UseCases): void {
  app.action<BlockButtonAction>(ACTIONS.proposeHackfest, proposeHackfest);
  app.action<BlockButtonAction>(ACTIONS.addToCalendar, addToCalendar);
  app.action<BlockButtonAction>(ACTIONS.downloadIcs, downloadIcs(useCases));
  app.action<BlockStaticSelectAction>(ACTIONS.pickHackfest, pickHackfest(useCases));
  app.action<BlockButtonAction>(ACTIONS.confirmCancel, confirmCancel(useCases));
  app.action<BlockButtonAction>(ACTIONS.confirmEndSeries, confirmCancel(useCases));
}
