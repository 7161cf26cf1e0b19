import type { App } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { CALLBACKS } from '../../ids.ts';
import { demoSubmitted } from './demoSubmitted.ts';
import { feedbackSubmitted } from './feedbackSubmitted.ts';
import { adjustSubmitted, proposalSubmitted, suggestionSubmitted } from './proposalSubmitted.ts';
import { rescheduleSubmitted } from './rescheduleSubmitted.ts';
import { scheduleSubmitted } from './scheduleSubmitted.ts';

export function register(app: App, useCases: UseCases): void {
  app.view(CALLBACKS.schedule, scheduleSubmitted(useCases));
  app.view(CALLBACKS.reschedule, rescheduleSubmitted(useCases));
  app.view(CALLBACKS.signUp, demoSubmitted(useCases, 'sign-up'));
  app.view(CALLBACKS.editDemo, demoSubmitted(useCases, 'edit'));
  app.view(CALLBACKS.propose, proposalSubmitted(useCases));
  app.view(CALLBACKS.adjustProposal, adjustSubmitted(useCases));
  app.view(CALLBACKS.suggestChange, suggestionSubmitted(useCases));
  app.view(CALLBACKS.feedback, feedbackSubmitted(useCases));
}
