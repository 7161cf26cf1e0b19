import { feedbackModal } from '../../views/feedbackModal.ts';
import { refusalMessage } from '../../views/refusals.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest feedback`: the feedback form for the hackfest here whose feedback opened last and is still open. */
export const feedbackCommand: SubcommandHandler = async ({ ack, command, client, respond }, _rest, useCases) => {
  await ack();
  const form = await useCases.latestFeedbackIn({ channelId: command.channel_id, userId: command.user_id });
  if (!form.ok) return respond(refusalMessage(form));
  await client.views.open({
    trigger_id: command.trigger_id,
    view: feedbackModal(form.hackfest, form.presented, form.earlier, command.channel_id),
  });
};
