import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { comingSoonModal } from '../../views/comingSoon.ts';

/** The App Home's "Propose a hackfest" button; proposals arrive with their own capability. */
export async function proposeHackfest({
  ack,
  body,
  client,
}: SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs) {
  await ack();
  await client.views.open({ trigger_id: body.trigger_id, view: comingSoonModal('Proposals') });
}
