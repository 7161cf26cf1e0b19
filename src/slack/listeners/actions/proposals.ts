import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { recurrenceFor } from '../../../domain/proposal.ts';
import { suggestedStart } from '../../../domain/scheduling.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { proposalModal } from '../../views/proposalModal.ts';
import { backedMessage } from '../../views/proposalReplies.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { scheduleModal } from '../../views/scheduleModal.ts';
import { suggestModal } from '../../views/suggestModal.ts';
import { privately } from './privately.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Propose a hackfest" on the App Home: the proposal form, with the channel still to pick. */
export function proposeClicked() {
  return async ({ ack, body, client }: ButtonArgs) => {
    await ack();
    await client.views.open({
      trigger_id: body.trigger_id,
      view: proposalModal({ kind: 'propose', channelId: undefined }),
    });
  };
}

/** "Back this": a toggle, answered for the person who clicked. The click's action_ts tells a retry from a new click. */
export function backClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const result = await useCases.backProposal({
      proposalId: action.value ?? '',
      userId: body.user.id,
      clickId: action.action_ts,
    });
    await privately(args)(
      result.ok ? backedMessage(result.proposal, result.backs, result.count) : refusalMessage(result),
    );
  };
}

/** "Suggest a change": the suggestion form, while the proposal is open. */
export function suggestClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const open = await useCases.loadOpenProposal(action.value ?? '');
    if (!open.ok) return privately(args)(refusalMessage(open));
    await client.views.open({ trigger_id: body.trigger_id, view: suggestModal(open.proposal) });
  };
}

/** "Adjust": the proposal form filled in, for its proposer or an admin. */
export function adjustClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const allowed = await useCases.loadForProposer(action.value ?? '', body.user.id);
    if (!allowed.ok) return void (await privately(args)(refusalMessage(allowed)));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: proposalModal({ kind: 'adjust', proposal: allowed.proposal }),
    });
  };
}

/** "Schedule it": the schedule form, filled in from the proposal (title, length, how often, why). */
export function scheduleClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const allowed = await useCases.loadForProposer(action.value ?? '', body.user.id);
    if (!allowed.ok) return void (await privately(args)(refusalMessage(allowed)));
    const { proposal } = allowed;
    const { timeZone } = await useCases.profile(body.user.id);
    await client.views.open({
      trigger_id: body.trigger_id,
      view: scheduleModal({
        channelId: proposal.channelId,
        initialStart: suggestedStart(useCases.now(), timeZone),
        prefill: {
          title: proposal.title,
          description: proposal.why,
          durationMs: proposal.durationMs,
          recurrence: recurrenceFor(proposal.frequency),
        },
        proposalId: proposal.id,
      }),
    });
  };
}
