import { ANNOUNCE_GRACE_MS, ANNOUNCE_JOB, announceKey, type Hackfest } from '../domain/hackfest.ts';
import type { AnnouncementState, DueJob, Repositories } from '../ports.ts';
import { announcementState } from './announcementState.ts';
import type { Deps } from './deps.ts';

/** Plans, in the caller's transaction, the job that announces a just-saved hackfest if this process dies first. */
export function planAnnouncement({ dueJobs }: Repositories, hackfest: Hackfest, now: number): Promise<void> {
  return dueJobs.schedule({
    kind: ANNOUNCE_JOB,
    key: announceKey(hackfest.id),
    dueAt: now + ANNOUNCE_GRACE_MS,
    payload: { hackfestId: hackfest.id },
  });
}

/** Cancels, in the caller's transaction, the job planned by planAnnouncement: the hackfest is announced or gone. */
export function cancelAnnouncement({ dueJobs }: Repositories, hackfestId: string): Promise<void> {
  return dueJobs.cancel(announceKey(hackfestId));
}

/**
 * Posts a saved hackfest's announcement, then records it (with `alongside`, in the same transaction). A post that
 * cannot be recorded is taken back, as is one that lost to an announcement another process recorded meanwhile.
 * Returns the hackfest as recorded, or undefined if it is gone.
 */
export async function announceHackfest(
  deps: Deps,
  state: AnnouncementState,
  alongside?: (repositories: Repositories, hackfest: Hackfest) => Promise<void>,
): Promise<Hackfest | undefined> {
  const hackfestId = state.hackfest.id;
  const posted = await deps.announcer.announce(state);
  const recorded = await deps.store
    .transaction(async (repositories) => {
      await cancelAnnouncement(repositories, hackfestId);
      const current = await repositories.hackfests.lock(hackfestId);
      if (!current || current.announcement) return { hackfest: current, ours: false };
      const announced = { ...current, announcement: posted };
      await repositories.hackfests.save(announced);
      await alongside?.(repositories, announced);
      return { hackfest: announced, ours: true };
    })
    .catch(async (error: unknown) => {
      await deps.announcer.retract(posted);
      throw error;
    });
  if (!recorded.ours) await deps.announcer.retract(posted);
  return recorded.hackfest;
}

/** The clock's job for a hackfest saved but never announced (its process died in between): announce it now. */
export async function announceDue(deps: Deps, job: DueJob): Promise<void> {
  const { hackfestId } = job.payload as { hackfestId: string };
  const state = await announcementState(deps.store, hackfestId);
  if (!state || state.hackfest.announcement || state.hackfest.status !== 'scheduled') return;
  await announceHackfest(deps, state);
}
