import type { Series } from '../domain/hackfest.ts';
import { dueOccurrences, isRunningOut, nextOccurrences, occurrence } from '../domain/scheduling.ts';
import { announceHackfest } from './announceHackfest.ts';
import { announcementState } from './announcementState.ts';
import type { Deps } from './deps.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
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

  const [next] = (await deps.store.hackfests.ofSeries(series.id, now - series.durationMs)).filter(
    (hackfest) => hackfest.status === 'scheduled' && hackfest.startsAt + hackfest.durationMs > now,
  );
  const state = next && !next.announcement ? await announcementState(deps.store, next.id) : undefined;
  if (state) await announceHackfest(deps, state);

  if (isRunningOut(series, now) && series.nudgedAt === null) {
    const upcoming = nextOccurrences(series, now, 1);
    await deps.store.series.save({ ...series, nudgedAt: now });
    await tell(deps, [series.organizerId, ...series.coOrganizerIds], { kind: 'seriesRunningOut', series, upcoming });
  }
}
