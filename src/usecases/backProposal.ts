import type { UserId } from '../domain/hackfest.ts';
import { DOUBLE_CLICK_MS, type Proposal } from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { loadOpenProposal } from './loadForProposer.ts';

export type Backed = { ok: true; proposal: Proposal; backs: boolean; count: number } | Refused;

/**
 * "Back this", a toggle: the first click backs the proposal, the next withdraws the backing. A retried click, or a
 * second click within a moment of the first, changes nothing. The person's Home follows: they may have clicked there.
 */
export async function backProposal(
  deps: Deps,
  request: { proposalId: string; userId: UserId; clickId: string },
): Promise<Backed> {
  const open = await loadOpenProposal(deps, request.proposalId);
  if (!open.ok) return open;
  const { proposal } = open;
  const { backs, changed } = await deps.store.proposals.toggleBacking({
    ...request,
    now: deps.clock.now(),
    quietMs: DOUBLE_CLICK_MS,
  });
  if (changed) {
    deps.proposalBoard.refresh(proposal.id);
    deps.homes.refresh([request.userId]);
  }
  const count = (await deps.store.proposals.backingCounts([proposal.id])).get(proposal.id) ?? 0;
  return { ok: true, proposal, backs, count };
}
