import type { AnnouncementState, Store } from '../ports.ts';
import { presentedDemos } from './feedbackReport.ts';

/** What a hackfest's announcement shows, read from the database. */
export async function announcementState(store: Store, hackfestId: string): Promise<AnnouncementState | undefined> {
  const hackfest = await store.hackfests.get(hackfestId);
  if (!hackfest) return undefined;
  const series = hackfest.seriesId ? ((await store.series.get(hackfest.seriesId)) ?? null) : null;
  const demos = await store.demos.ofHackfest(hackfestId);
  if (hackfest.status !== 'held') {
    const stored = await store.shows.get(hackfestId);
    const showOn = stored?.show.status === 'running' || stored?.show.status === 'paused';
    return { hackfest, series, demos, showOn };
  }
  return { hackfest, series, demos, presented: await presentedDemos(store, hackfest) };
}
