import type { Hackfest, Series } from '../domain/hackfest.ts';
import { comingDates, type SeriesPart } from '../domain/scheduling.ts';
import { isOn } from '../domain/timer.ts';
import type { AnnouncementState, Store } from '../ports.ts';
import { presentedDemos } from './feedbackReport.ts';
import { laterParts } from './seriesOf.ts';

/** How many of a series' next dates its announcements list. */
const NEXT_DATES_SHOWN = 3;

/** What a hackfest's announcement shows, read from the database. */
export async function announcementState(store: Store, hackfestId: string): Promise<AnnouncementState | undefined> {
  const hackfest = await store.hackfests.get(hackfestId);
  if (!hackfest) return undefined;
  const own = hackfest.seriesId ? await store.series.get(hackfest.seriesId) : undefined;
  const parts = own ? await seriesFrom(store, own, hackfest) : [];
  // After a move "from this date on", the series repeats as the part carrying it on does.
  const series = parts.at(-1)?.series ?? null;
  const nextDates = comingDates(parts, hackfest.startsAt, NEXT_DATES_SHOWN);
  const demos = await store.demos.ofHackfest(hackfestId);
  if (hackfest.status !== 'held') {
    const stored = await store.shows.get(hackfestId);
    const showOn = isOn(stored?.show);
    return { hackfest, series, demos, showOn, nextDates };
  }
  const [presented, stored] = await Promise.all([presentedDemos(store, hackfest), store.shows.get(hackfestId)]);
  const heldOn = stored?.show.status === 'ended' ? stored.show.showStartedAt : hackfest.startsAt;
  return { hackfest, series, demos, presented, heldOn, nextDates };
}

/** The series and those carrying on its later dates, each with its occurrences from this hackfest on. */
async function seriesFrom(store: Store, series: Series, hackfest: Hackfest): Promise<SeriesPart[]> {
  const parts = [series, ...(await laterParts(store.series, series))];
  return Promise.all(
    parts.map(async (part) => ({
      series: part,
      onCalendar: await store.hackfests.ofSeries(part.id, hackfest.startsAt),
    })),
  );
}
