import type { UserId } from '../domain/hackfest.ts';
import { mayManageProposal, type Proposal } from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';

export type OpenProposal = { ok: true; proposal: Proposal } | Refused;

/** Loads a proposal that is still open: there, and not yet scheduled. */
export async function loadOpenProposal(deps: Pick<Deps, 'store'>, proposalId: string): Promise<OpenProposal> {
  const proposal = await deps.store.proposals.get(proposalId);
  if (!proposal) return { ok: false, refused: 'proposal-not-found' };
  if (proposal.status === 'scheduled') return { ok: false, refused: 'proposal-scheduled', proposal };
  return { ok: true, proposal };
}

/** Loads an open proposal that this person may adjust or schedule: its proposer, or a workspace admin. */
export async function loadForProposer(deps: Deps, proposalId: string, actorId: UserId): Promise<OpenProposal> {
  const open = await loadOpenProposal(deps, proposalId);
  if (!open.ok) return open;
  const { isAdmin } = await deps.people.profile(actorId);
  if (!mayManageProposal(open.proposal, actorId, isAdmin))
    return { ok: false, refused: 'not-proposer', proposal: open.proposal };
  return open;
}
