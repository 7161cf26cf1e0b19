import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

export type Listed = { hackfest: Hackfest; taken: number };

/** Upcoming hackfests in one channel, or in every channel this person is in. */
export async function listHackfests(
  deps: Deps,
  request: { userId: UserId; channelId: string; everywhere: boolean },
): Promise<Listed[]> {
  const channelIds = request.everywhere ? await deps.people.channelsOf(request.userId) : [request.channelId];
  const hackfests = await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds });
  const counts = await deps.store.demos.counts(hackfests.map((hackfest) => hackfest.id));
  return hackfests.map((hackfest) => ({ hackfest, taken: Math.min(counts.get(hackfest.id) ?? 0, hackfest.slots) }));
}

/**
 * The upcoming hackfests in a channel that a typed title names: an exact (case-insensitive) match wins, else every
 * title containing it; no title means all of them. Several matches are for the person to pick from, never guessed.
 */
export async function findHackfests(deps: Deps, request: { channelId: string; title: string }): Promise<Hackfest[]> {
  const upcoming = await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds: [request.channelId] });
  const wanted = request.title.trim().toLocaleLowerCase();
  if (wanted === '') return upcoming;
  const exact = upcoming.filter((hackfest) => hackfest.title.toLocaleLowerCase() === wanted);
  return exact.length > 0 ? exact : upcoming.filter((hackfest) => hackfest.title.toLocaleLowerCase().includes(wanted));
}
