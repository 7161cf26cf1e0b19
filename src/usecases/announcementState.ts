import type { AnnouncementState, Store } from '../ports.ts';

/** What a hackfest's announcement shows, read from the database. */
export async function announcementState(store: Store, hackfestId: string): Promise<AnnouncementState | undefined> {
  const hackfest = await store.hackfests.get(hackfestId);
  if (!hackfest) return undefined;
  const series = hackfest.seriesId ? ((await store.series.get(hackfest.seriesId)) ?? null) : null;
  return { hackfest, series, demos: await store.demos.ofHackfest(hackfestId) };
}
