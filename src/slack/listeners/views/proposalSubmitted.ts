import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { readProposal } from '../../../domain/proposal.ts';
import type { Refusal } from '../../../domain/refusals.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { cannotPostIn } from '../../channelErrors.ts';
import { readProposalForm } from '../../forms/proposalForm.ts';
import { reader } from '../../forms/values.ts';
import { FIELDS } from '../../ids.ts';
import { tellByDirectMessage, tellInChannel } from '../../tellPerson.ts';
import { adjustedMessage, proposedMessage, suggestedMessage } from '../../views/proposalReplies.ts';
import { refusalReason } from '../../views/refusals.ts';
import { problemsMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Inline errors keyed by block id; a refusal goes on `field`, in plain words (inline errors are plain text). */
function inline(
  failure: { errors: ReadonlyArray<{ field: keyof typeof FIELDS; message: string }> } | Refusal,
  field: string,
  askerId: string,
) {
  const errors =
    'errors' in failure
      ? Object.fromEntries(failure.errors.map((error) => [FIELDS[error.field], error.message]))
      : { [field]: refusalReason(failure, askerId) };
  return { response_action: 'errors' as const, errors };
}

/**
 * The proposal form. Mistakes, and a channel the app cannot post in, come back inline with nothing posted; a valid
 * proposal closes the form, is posted in its channel, and the proposer is told there (or by DM when the app could not
 * post there after all).
 */
export function proposalSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const draft = readProposalForm(view.state.values);
    const read = readProposal(draft);
    if (!read.ok) return ack(inline(read, FIELDS.title, body.user.id));
    const channelProblem = await cannotPostIn(client, read.channelId);
    if (channelProblem) return ack({ response_action: 'errors', errors: { [FIELDS.channel]: channelProblem } });
    await ack();
    const proposed = await useCases.proposeHackfest({ proposerId: body.user.id, draft });
    const reply = proposed.ok
      ? proposedMessage(proposed.proposal)
      : problemsMessage('Nothing was proposed', proposed.errors);
    if (proposed.ok) await tellInChannel(client, { channelId: read.channelId, userId: body.user.id }, reply);
    else await tellByDirectMessage(client, body.user.id, reply);
  };
}

/** The adjust form: the proposer's changes, saved at once; refusals and mistakes come back inline. */
export function adjustSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const { channelId, ...draft } = readProposalForm(view.state.values);
    const adjusted = await useCases.adjustProposal({ proposalId: view.private_metadata, actorId: body.user.id, draft });
    if (!adjusted.ok) return ack(inline(adjusted, FIELDS.title, body.user.id));
    await ack();
    const { proposal, adjustments } = adjusted;
    const reply = adjustedMessage(proposal, adjustments);
    await tellInChannel(client, { channelId: proposal.channelId, userId: body.user.id }, reply);
  };
}

/** The suggestion form: checked before it closes; then recorded, and the proposer told. */
export function suggestionSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const read = reader(view.state.values);
    const request = {
      proposalId: view.private_metadata,
      userId: body.user.id,
      aspect: read.option(FIELDS.aspect) ?? '',
      text: read.text(FIELDS.suggestion),
    };
    const checked = await useCases.checkSuggestion(request);
    if (!checked.ok) return ack(inline(checked, FIELDS.suggestion, body.user.id));
    await ack();
    const suggested = await useCases.suggestChange(request);
    if (!suggested.ok) return;
    const reply = suggestedMessage(suggested.proposal, body.user.id === suggested.proposal.proposerId);
    await tellInChannel(client, { channelId: suggested.proposal.channelId, userId: body.user.id }, reply);
  };
}
