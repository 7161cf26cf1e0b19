import type { Hackfest, Series } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

export async function seriesOf(deps: Deps, hackfest: Hackfest): Promise<Series | null> {
  return hackfest.seriesId ? ((await deps.store.series.get(hackfest.seriesId)) ?? null) : null;
}

/**
 * Re-renders the announcements on show of a series and of the series it carries on (before a move "from this date
 * on"): they list its coming dates.
 */
export async function refreshSeriesAnnouncements(deps: Deps, series: Series): Promise<void> {
  const now = deps.clock.now();
  for (let part: Series | undefined = series; part; part = await deps.store.series.continuedFrom(part.id)) {
    for (const occurrence of await deps.store.hackfests.ofSeries(part.id, now - part.durationMs))
      if (occurrence.announcement) deps.announcer.refresh(occurrence.id);
  }
}
