import type { UserId } from '../domain/hackfest.ts';
import { type Proposal, type ProposalDraft, type ProposalError, readProposal } from '../domain/proposal.ts';
import { ChannelUnavailableError } from '../ports.ts';
import type { Deps } from './deps.ts';

export type Proposed = { ok: true; proposal: Proposal } | { ok: false; errors: ProposalError[] };

/**
 * Puts a proposal in front of the channel: read it, post it, then save it with the message it lives in. Slack goes
 * first so that a channel the app cannot post in leaves nothing saved.
 */
export async function proposeHackfest(
  deps: Deps,
  request: { proposerId: UserId; draft: ProposalDraft },
): Promise<Proposed> {
  const read = readProposal(request.draft);
  if (!read.ok) return read;
  const proposal: Proposal = {
    ...read.details,
    id: deps.newId(),
    proposerId: request.proposerId,
    channelId: read.channelId,
    status: 'open',
    createdAt: deps.clock.now(),
    message: null,
    adjustments: [],
    adjustmentsDigested: 0,
    scheduled: null,
  };
  let posted: Proposal;
  try {
    posted = { ...proposal, message: await deps.proposalBoard.post({ proposal, backerIds: [], tallies: [] }) };
  } catch (error) {
    if (!(error instanceof ChannelUnavailableError)) throw error;
    return { ok: false, errors: [{ field: 'channel', message: ChannelUnavailableError.advice }] };
  }
  try {
    await deps.store.proposals.add(posted);
  } catch (error) {
    if (posted.message) await deps.proposalBoard.retract(posted.message);
    throw error;
  }
  return { ok: true, proposal: posted };
}
