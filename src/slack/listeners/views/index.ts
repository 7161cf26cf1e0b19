import type { AllMiddlewareArgs, App, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { CALLBACKS } from '../../ids.ts';
import { adjustSeriesSubmitted } from './adjustSeriesSubmitted.ts';
import { demoSubmitted } from './demoSubmitted.ts';
import { feedbackSubmitted } from './feedbackSubmitted.ts';
import { adjustSubmitted, proposalSubmitted, suggestionSubmitted } from './proposalSubmitted.ts';
import { rescheduleSubmitted } from './rescheduleSubmitted.ts';
import { scheduleSubmitted } from './scheduleSubmitted.ts';

type SubmitListener = (args: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => Promise<void>;
/** The line-up modal has no submit button: its changes are made by its buttons as they are clicked. */
type SubmittedCallback = Exclude<(typeof CALLBACKS)[keyof typeof CALLBACKS], typeof CALLBACKS.manageLineup>;

/** Every form the app opens that can be submitted, by callback_id. */
function listeners(useCases: UseCases): Record<SubmittedCallback, SubmitListener> {
  return {
    [CALLBACKS.schedule]: scheduleSubmitted(useCases),
    [CALLBACKS.adjustSeries]: adjustSeriesSubmitted(useCases),
    [CALLBACKS.reschedule]: rescheduleSubmitted(useCases),
    [CALLBACKS.signUp]: demoSubmitted(useCases, 'sign-up'),
    [CALLBACKS.editDemo]: demoSubmitted(useCases, 'edit'),
    [CALLBACKS.propose]: proposalSubmitted(useCases),
    [CALLBACKS.adjustProposal]: adjustSubmitted(useCases),
    [CALLBACKS.suggestChange]: suggestionSubmitted(useCases),
    [CALLBACKS.feedback]: feedbackSubmitted(useCases),
  };
}

/** One Bolt listener routes every submission by its callback_id, as clicks are (see actions/index.ts). */
export function register(app: App, useCases: UseCases): void {
  const byCallbackId: Partial<Record<string, SubmitListener>> = listeners(useCases);
  app.view<ViewSubmitAction>({ type: 'view_submission' }, async (args) => {
    const listener = byCallbackId[args.view.callback_id];
    if (!listener) return void (await args.ack());
    await listener(args);
  });
}
