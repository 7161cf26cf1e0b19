import type { Hackfest } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import type { ScheduleRequest } from '../domain/scheduling.ts';
import type { Repositories } from '../ports.ts';
import type { Deps } from './deps.ts';
import { loadForProposer } from './loadForProposer.ts';
import { type Scheduled, scheduleHackfest } from './scheduleHackfest.ts';
import { tell } from './tellPeople.ts';

/**
 * "Schedule it": the proposer (or an admin) puts the proposal on the calendar. The proposal is marked scheduled in
 * the same transaction as the hackfest is saved; then its message shows the date and every backer is told.
 */
export async function scheduleProposal(
  deps: Deps,
  request: ScheduleRequest,
  proposalId: string,
): Promise<Scheduled | Refused> {
  const allowed = await loadForProposer(deps, proposalId, request.organizerId);
  if (!allowed.ok) return allowed;
  const scheduled = await scheduleHackfest(deps, request, (repositories, hackfest) =>
    markScheduled(repositories, proposalId, hackfest),
  );
  if (!scheduled.ok) return scheduled;
  deps.proposalBoard.refresh(proposalId);
  const proposal = await deps.store.proposals.get(proposalId);
  if (proposal) {
    const backers = await deps.store.proposals.backers(proposalId);
    await tell(deps, backers, { kind: 'proposalScheduled', proposal, hackfest: scheduled.hackfest });
  }
  return scheduled;
}

async function markScheduled({ proposals }: Repositories, proposalId: string, hackfest: Hackfest): Promise<void> {
  const proposal = await proposals.lock(proposalId);
  if (proposal?.status !== 'open') return;
  await proposals.save({
    ...proposal,
    status: 'scheduled',
    scheduled: {
      hackfestId: hackfest.id,
      startsAt: hackfest.startsAt,
      timeZone: hackfest.timeZone,
      channelId: hackfest.channelId,
    },
  });
}
