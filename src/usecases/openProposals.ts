import type { ChannelId } from '../domain/hackfest.ts';
import type { ListedProposal } from '../domain/proposal.ts';
import type { Deps } from './deps.ts';

/** Open proposals (in some channels, or all), newest first, with how many back each. */
export async function openProposals(
  deps: Pick<Deps, 'store'>,
  request: { channelIds?: readonly ChannelId[]; limit: number },
): Promise<ListedProposal[]> {
  const proposals = await deps.store.proposals.open(request);
  const counts = await deps.store.proposals.backingCounts(proposals.map((proposal) => proposal.id));
  return proposals.map((proposal) => ({ proposal, backing: counts.get(proposal.id) ?? 0 }));
}
