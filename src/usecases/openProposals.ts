import type { ChannelId, UserId } from '../domain/hackfest.ts';
import type { ListedProposal } from '../domain/proposal.ts';
import type { Deps } from './deps.ts';

/** Open proposals (in some channels, or all), newest first, with how many back each and whether the viewer does. */
export async function openProposals(
  deps: Pick<Deps, 'store'>,
  request: { viewerId: UserId; channelIds?: readonly ChannelId[]; limit: number },
): Promise<ListedProposal[]> {
  const { viewerId, ...which } = request;
  const proposals = await deps.store.proposals.open(which);
  const ids = proposals.map((proposal) => proposal.id);
  const [counts, backed] = await Promise.all([
    deps.store.proposals.backingCounts(ids),
    deps.store.proposals.backedBy(viewerId, ids),
  ]);
  return proposals.map((proposal) => ({
    proposal,
    backing: counts.get(proposal.id) ?? 0,
    youBack: backed.has(proposal.id),
  }));
}
