import type { AllMiddlewareArgs, BlockStaticSelectAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { cancelPromptMessage } from '../../views/cancelPrompt.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { rescheduleModal } from '../../views/rescheduleModal.ts';

type SelectArgs = SlackActionMiddlewareArgs<BlockStaticSelectAction> & AllMiddlewareArgs;

/**
 * The person picked which of several hackfests they meant: go on with rescheduling (the form offering the time they
 * typed, if they did) or cancelling it.
 */
export function pickHackfest(useCases: UseCases) {
  return async ({ ack, action, body, client, respond }: SelectArgs) => {
    await ack();
    const [purpose, hackfestId = '', typedStart] = action.selected_option.value.split(':');
    const allowed = await useCases.loadToMoveOrCancel(hackfestId, body.user.id);
    if (!allowed.ok) {
      await respond({ ...refusalMessage(allowed), replace_original: true });
      return;
    }
    const { hackfest } = allowed;
    const told = await useCases.whoWouldBeTold(hackfest, body.user.id);
    if (purpose === 'reschedule') {
      const view = rescheduleModal(hackfest, told, {
        openedIn: body.channel?.id ?? null,
        ...(typedStart ? { typedStart: Number(typedStart) } : {}),
      });
      await client.views.open({ trigger_id: body.trigger_id, view });
    } else {
      const series = hackfest.seriesId ? await useCases.getSeries(hackfest.seriesId) : undefined;
      await respond({ ...cancelPromptMessage(hackfest, series ?? null, told), replace_original: true });
    }
  };
}
