import type { Hackfest } from '../domain/hackfest.ts';
import type { Repositories } from '../ports.ts';
import type { Deps } from './deps.ts';
import { cancelReminders } from './planHackfestJobs.ts';
import { refreshHomesOf } from './refreshHomes.ts';

/**
 * The show ended, so the hackfest took place: marked held in the show's transaction, its reminders still to come
 * cancelled. Its "hackfest over" job stays, to open feedback should the process die before the show's end does.
 */
export async function markHeld(repositories: Repositories, hackfest: Hackfest): Promise<Hackfest> {
  const held: Hackfest = { ...hackfest, status: 'held' };
  await repositories.hackfests.save(held);
  await cancelReminders(repositories, hackfest);
  return held;
}

/** The announcement shows the hackfest as over, and it leaves the App Homes of its people's upcoming hackfests. */
export async function showHeld(deps: Deps, hackfest: Hackfest): Promise<void> {
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest);
}
