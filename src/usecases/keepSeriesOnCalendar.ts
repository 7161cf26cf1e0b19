import type { Series } from '../domain/hackfest.ts';
import { dueOccurrences, isRunningOut, nextOccurrences, occurrence } from '../domain/scheduling.ts';
import { announceHackfest } from './announceHackfest.ts';
import { announcementState } from './announcementState.ts';
import type { Deps } from './deps.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
import { datesToCome, earlierParts } from './seriesOf.ts';
import { tell } from './tellPeople.ts';

/**
 * The clock's job for every active series: make sure its occurrences within the horizon exist, that the next one
 * is announced in the channel, and that organizers hear (once) when the series is about to run out.
 */
export async function keepSeriesOnCalendar(deps: Deps): Promise<void> {
  for (const series of await deps.store.series.active()) await keepOnCalendar(deps, series);
}

async function keepOnCalendar(deps: Deps, series: Series): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (repositories) => {
    for (const startsAt of dueOccurrences(series, now)) {
      const hackfest = occurrence(series, startsAt, deps.newId());
      if (await repositories.hackfests.add(hackfest)) await planHackfestJobs(repositories, hackfest, now);
    }
  });

  const [next] = await datesToCome(deps.store.hackfests, series, now);
  // After a move "from this date on", the dates before the move come first, each announced in turn.
  const announceNext = next && !next.announcement && !(await earlierPartGoesOn(deps, series, now));
  const state = announceNext ? await announcementState(deps.store, next.id) : undefined;
  if (state) await announceHackfest(deps, state);

  if (isRunningOut(series, now) && series.nudgedAt === null && (await markNudged(deps, series.id, now))) {
    const upcoming = nextOccurrences(series, now, 1);
    await tell(deps, [series.organizerId, ...series.coOrganizerIds], { kind: 'seriesRunningOut', series, upcoming });
  }
}

/** Records that organizers are nudged, on the series as it is now (a date skipped meanwhile stays skipped). */
async function markNudged(deps: Deps, seriesId: string, now: number): Promise<boolean> {
  return deps.store.transaction(async ({ series }) => {
    const current = await series.lock(seriesId);
    if (!current || current.nudgedAt !== null) return false;
    await series.save({ ...current, nudgedAt: now });
    return true;
  });
}

/** Whether a series this one carries on (moved "from this date on") still has a date to come. */
async function earlierPartGoesOn(deps: Deps, series: Series, now: number): Promise<boolean> {
  for (const earlier of await earlierParts(deps.store.series, series.id))
    if ((await datesToCome(deps.store.hackfests, earlier, now)).length > 0) return true;
  return false;
}
