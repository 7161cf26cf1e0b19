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
  const [presented, stored] = await Promise.all([presentedDemos(store, hackfest), store.shows.get(hackfestId)]);
  const heldOn = stored?.show.status === 'ended' ? stored.show.showStartedAt : hackfest.startsAt;
  return { hackfest, series, demos, presented, heldOn };
}
