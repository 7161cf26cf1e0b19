import { peopleInvolved } from '../domain/dashboard.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

/**
 * Re-publishes the App Home of everyone with a part in a hackfest, after a change that concerns them all (a move,
 * a cancel, a new running order), and of `also` (someone who just left it).
 */
export async function refreshHomesOf(deps: Deps, hackfest: Hackfest, also: readonly UserId[] = []): Promise<void> {
  const demos = await deps.store.demos.ofHackfest(hackfest.id);
  deps.homes.refresh([...peopleInvolved(hackfest, demos), ...also]);
}
