import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { readRescheduleForm } from '../../forms/rescheduleForm.ts';
import { tellWhereAsked } from '../../tellPerson.ts';
import { readFormOrigin } from '../../views/formOrigin.ts';
import { notMovedMessage, rescheduledMessage, seriesRescheduledMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The reschedule form: a past time comes back inline; otherwise the modal closes, the hackfest (or, for a series,
 * this and every later date) moves, and the person hears the outcome in the channel the form was opened in, or by DM.
 */
export function rescheduleSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const form = readRescheduleForm(view.state.values, { now: useCases.now() });
    if (!form.ok) return ack({ response_action: 'errors', errors: form.errors as Record<string, string> });
    await ack();
    const userId = body.user.id;
    const origin = readFormOrigin(view.private_metadata);
    const change = { actorId: userId, hackfestId: origin.id, startsAt: form.startsAt };
    const reply = form.laterDatesToo
      ? await useCases
          .rescheduleSeriesFrom(change)
          .then((result) =>
            result.ok ? seriesRescheduledMessage(result.series, result.told) : notMovedMessage(result),
          )
      : await useCases
          .rescheduleHackfest(change)
          .then((result) => (result.ok ? rescheduledMessage(result.hackfest, result.told) : notMovedMessage(result)));
    await tellWhereAsked(client, { channelId: origin.channelId, userId }, reply);
  };
}
