import type { UserId } from '../domain/hackfest.ts';
import { mayManageProposal, type Proposal } from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';

/** Loads an open proposal that this person may adjust or schedule: its proposer, or a workspace admin. */
export async function loadForProposer(
  deps: Deps,
  proposalId: string,
  actorId: UserId,
): Promise<{ ok: true; proposal: Proposal } | Refused> {
  const proposal = await deps.store.proposals.get(proposalId);
  if (!proposal) return { ok: false, refused: 'proposal-not-found' };
  if (proposal.status === 'scheduled') return { ok: false, refused: 'proposal-scheduled', proposal };
  const { isAdmin } = await deps.people.profile(actorId);
  if (!mayManageProposal(proposal, actorId, isAdmin)) return { ok: false, refused: 'not-proposer', proposal };
  return { ok: true, proposal };
}
