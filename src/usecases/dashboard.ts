import { type DashboardEntry, involvementIn } from '../domain/dashboard.ts';
import type { UserId } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

/** The upcoming hackfests a person has a part in, for their App Home. */
export async function dashboard(deps: Deps, request: { userId: UserId }): Promise<DashboardEntry[]> {
  const upcoming = await deps.store.hackfests.upcoming({ now: deps.clock.now() });
  const entries: DashboardEntry[] = [];
  for (const hackfest of upcoming) {
    const involvement = involvementIn(hackfest, await deps.store.demos.ofHackfest(hackfest.id), request.userId);
    if (involvement.length > 0) entries.push({ hackfest, involvement });
  }
  return entries;
}
