import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { suggestedStart } from '../../../domain/scheduling.ts';
import type { FeedbackWindowChange } from '../../../usecases/closeFeedback.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { feedbackModal } from '../../views/feedbackModal.ts';
import { feedbackWindowChangedMessage, whatPeopleAskedFor } from '../../views/feedbackReplies.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { scheduleModal } from '../../views/scheduleModal.ts';
import { privately } from './privately.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Give feedback" on the prompt: the form, with the person's earlier answer, while feedback is open. */
export function giveFeedbackClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const form = await useCases.feedbackFormFor({ hackfestId: action.value ?? '', userId: body.user.id });
    if (!form.ok) return privately(args)(refusalMessage(form));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: feedbackModal(form.hackfest, form.presented, form.earlier, body.channel?.id ?? null),
    });
  };
}

/** "Close now" and "Keep open 7 more days" on a feedback summary: organizers only. */
export function feedbackWindowClicked(useCases: UseCases, change: FeedbackWindowChange) {
  return async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const changed = await useCases.changeFeedbackWindow({
      hackfestId: action.value ?? '',
      actorId: body.user.id,
      change,
    });
    await privately(args)(
      changed.ok
        ? feedbackWindowChangedMessage(changed.hackfest, changed.closesAt, body.user.id)
        : refusalMessage(changed),
    );
  };
}

/**
 * "Apply to the next one": the schedule form filled in with what people asked for most; for a series with a date to
 * come, the form adjusts the series from that date on.
 */
export function applyFeedbackClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const next = await useCases.applyFeedback({ hackfestId: action.value ?? '', actorId: body.user.id });
    if (!next.ok) return privately(args)(refusalMessage(next));
    const { nextDate } = next;
    const initialStart = nextDate
      ? nextDate.startsAt
      : suggestedStart(useCases.now(), (await useCases.profile(body.user.id)).timeZone);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: scheduleModal({
        channelId: next.hackfest.channelId,
        initialStart,
        prefill: next.prefill,
        notes: whatPeopleAskedFor(next.answers),
        ...(nextDate ? { adjustingFrom: nextDate } : {}),
      }),
    });
  };
}
