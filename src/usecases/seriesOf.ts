import type { Hackfest, Series } from '../domain/hackfest.ts';
import { isOver } from '../domain/scheduling.ts';
import type { Hackfests, SeriesStore } from '../ports.ts';
import type { Deps } from './deps.ts';

export async function seriesOf(deps: Deps, hackfest: Hackfest): Promise<Series | null> {
  return hackfest.seriesId ? ((await deps.store.series.get(hackfest.seriesId)) ?? null) : null;
}

/** The series a move "from this date on" split this one from, nearest first: its earlier parts. */
export async function earlierParts(series: SeriesStore, seriesId: string): Promise<Series[]> {
  const parts: Series[] = [];
  for (let earlier = await series.continuedFrom(seriesId); earlier; earlier = await series.continuedFrom(earlier.id))
    parts.push(earlier);
  return parts;
}

/** The series carrying this one's later dates on after a move "from this date on", nearest first. */
export async function laterParts(series: SeriesStore, part: Series): Promise<Series[]> {
  const parts: Series[] = [];
  for (let id = part.continuedBy; id; ) {
    const later = await series.get(id);
    if (!later) break;
    parts.push(later);
    id = later.continuedBy;
  }
  return parts;
}

/**
 * Re-renders the announcements on show of a series and of the series it carries on (before a move "from this date
 * on"): they list its coming dates.
 */
export async function refreshSeriesAnnouncements(deps: Deps, series: Series): Promise<void> {
  const now = deps.clock.now();
  for (const part of [series, ...(await earlierParts(deps.store.series, series.id))]) {
    for (const occurrence of await deps.store.hackfests.ofSeries(part.id, now - part.durationMs))
      if (occurrence.announcement) deps.announcer.refresh(occurrence.id);
  }
}

/** A series' dates still to come (or on now), not cancelled and not yet held, earliest first. */
export async function datesToCome(
  hackfests: Hackfests,
  series: Pick<Series, 'id' | 'durationMs'>,
  now: number,
): Promise<Hackfest[]> {
  const dates = await hackfests.ofSeries(series.id, now - series.durationMs);
  return dates.filter((hackfest) => hackfest.status === 'scheduled' && !isOver(hackfest, now));
}
