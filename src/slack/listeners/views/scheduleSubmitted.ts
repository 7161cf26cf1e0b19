import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { cannotPostIn } from '../../channelErrors.ts';
import { inlineErrors, readScheduleForm } from '../../forms/scheduleForm.ts';
import { FIELDS } from '../../ids.ts';
import { tellByDirectMessage, tellInChannel } from '../../tellPerson.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { problemsMessage, scheduledMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The schedule form: every invalid field, and a channel the app cannot post in, comes back inline and the modal stays
 * open with nothing saved; a valid one closes the modal, and the person is told the outcome in the channel (or by DM
 * if the app could not post there after all).
 * A form opened from a proposal's "Schedule it" carries the proposal's id, and schedules the proposal.
 */
export function scheduleSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const userId = body.user.id;
    const { timeZone } = await useCases.profile(userId);
    const form = readScheduleForm(view.state.values, { zone: timeZone, now: useCases.now() });
    const request = { ...form.value, organizerId: userId };
    const [broken, channelProblem] = await Promise.all([
      useCases.checkSchedule(request),
      request.channelId ? cannotPostIn(client, request.channelId) : undefined,
    ]);
    const inline = inlineErrors(form.errors, broken);
    if (channelProblem) inline[FIELDS.channel] ??= channelProblem;
    if (Object.keys(inline).length > 0) return ack({ response_action: 'errors', errors: inline });
    await ack();
    const proposalId = view.private_metadata;
    const scheduled = proposalId
      ? await useCases.scheduleProposal(request, proposalId)
      : await useCases.scheduleHackfest(request);
    if (!scheduled.ok && 'refused' in scheduled) {
      await tellByDirectMessage(client, userId, refusalMessage(scheduled));
    } else if (scheduled.ok) {
      const reply = scheduledMessage(scheduled.hackfest, scheduled.series);
      await tellInChannel(client, { channelId: request.channelId, userId }, reply);
    } else {
      await tellByDirectMessage(client, userId, problemsMessage('Nothing was scheduled', scheduled.errors));
    }
  };
}
