import { tallySuggestions } from '../domain/proposal.ts';
import type { ProposalState, Store } from '../ports.ts';

/** What a proposal's message shows, read from the database. */
export async function proposalState(store: Store, proposalId: string): Promise<ProposalState | undefined> {
  const proposal = await store.proposals.get(proposalId);
  if (!proposal) return undefined;
  const [backerIds, suggestions] = await Promise.all([
    store.proposals.backers(proposalId),
    store.proposals.suggestions(proposalId),
  ]);
  return { proposal, backerIds, tallies: tallySuggestions(suggestions) };
}
