import type { UserId } from '../domain/hackfest.ts';
import {
  type Adjustment,
  adjustmentsBetween,
  DIGEST_DELAY_MS,
  PROPOSAL_DIGEST_JOB,
  type Proposal,
  type ProposalDraft,
  type ProposalError,
  readProposal,
  undigested,
} from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';
import { loadForProposer } from './loadForProposer.ts';
import { tell } from './tellPeople.ts';

export type Adjusted =
  | { ok: true; proposal: Proposal; adjustments: Adjustment[] }
  | Refused
  | { ok: false; errors: ProposalError[] };

/**
 * "Adjust": the proposer (or an admin) changes the specifics. The message shows what changed, and backers get one
 * digest a little later, so a proposer tuning several things sends one DM, not one per change.
 */
export async function adjustProposal(
  deps: Deps,
  request: { proposalId: string; actorId: UserId; draft: Omit<ProposalDraft, 'channelId'> },
): Promise<Adjusted> {
  const allowed = await loadForProposer(deps, request.proposalId, request.actorId);
  if (!allowed.ok) return allowed;
  const read = readProposal({ ...request.draft, channelId: allowed.proposal.channelId });
  if (!read.ok) return read;
  const now = deps.clock.now();
  const adjustments = await deps.store.transaction(async ({ proposals, dueJobs }) => {
    const proposal = await proposals.lock(request.proposalId);
    if (proposal?.status !== 'open') return [];
    const suggestions = await proposals.suggestions(proposal.id);
    const changes = adjustmentsBetween(proposal, read.details, { at: now, by: request.actorId, suggestions });
    if (changes.length === 0) return [];
    await proposals.save({ ...proposal, ...read.details, adjustments: [...proposal.adjustments, ...changes] });
    // Keyed by, and due after, the first adjustment not yet told: later ones before the digest goes out join it.
    await dueJobs.schedule({
      kind: PROPOSAL_DIGEST_JOB,
      key: `${PROPOSAL_DIGEST_JOB}:${proposal.id}:${proposal.adjustmentsDigested}`,
      dueAt: (undigested(proposal)[0]?.at ?? now) + DIGEST_DELAY_MS,
      payload: { proposalId: proposal.id },
    });
    return changes;
  });
  if (adjustments.length > 0) deps.proposalBoard.refresh(request.proposalId);
  return { ok: true, proposal: { ...allowed.proposal, ...read.details }, adjustments };
}

/**
 * The digest of adjustments for a proposal's backers and its proposer, once each adjustment; nobody hears only of
 * their own (the proposer of theirs, an admin of theirs).
 */
export async function sendAdjustmentDigest(deps: Deps, job: DueJob): Promise<void> {
  const { proposalId } = job.payload as { proposalId: string };
  const proposal = await deps.store.proposals.get(proposalId);
  const adjustments = proposal ? undigested(proposal) : [];
  if (!proposal || adjustments.length === 0) return;
  const backers = await deps.store.proposals.backers(proposalId);
  const toldOfOthers = (id: string) => adjustments.some((adjustment) => adjustment.by !== id);
  const notice = { kind: 'proposalAdjusted', proposal, adjustments } as const;
  await tell(deps, [proposal.proposerId].filter(toldOfOthers), { ...notice, yours: true });
  await tell(
    deps,
    backers.filter((id) => id !== proposal.proposerId && toldOfOthers(id)),
    notice,
  );
  await deps.store.transaction(async ({ proposals }) => {
    const current = await proposals.lock(proposalId);
    if (current) await proposals.save({ ...current, adjustmentsDigested: proposal.adjustments.length });
  });
}
