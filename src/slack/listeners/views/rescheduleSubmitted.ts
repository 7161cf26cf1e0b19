import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { readRescheduleForm } from '../../forms/rescheduleForm.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { rescheduledMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** The reschedule form: a past time comes back inline; otherwise the modal closes and the person hears the outcome. */
export function rescheduleSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const form = readRescheduleForm(view.state.values, { now: useCases.now() });
    if (!form.ok) return ack({ response_action: 'errors', errors: form.errors as Record<string, string> });
    await ack();
    const userId = body.user.id;
    const result = await useCases.rescheduleHackfest({
      actorId: userId,
      hackfestId: view.private_metadata,
      startsAt: form.startsAt,
    });
    const reply = result.ok ? rescheduledMessage(result.hackfest) : refusalMessage(result);
    await client.chat.postMessage({ channel: userId, text: reply.text, blocks: reply.blocks });
  };
}
