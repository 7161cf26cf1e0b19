import { type Audience, everyoneIn, joined, NOBODY } from '../domain/audience.ts';
import { isOrganizer, type Series, type UserId } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { datesToCome, earlierParts, laterParts } from './seriesOf.ts';
import { concerned, tell } from './tellPeople.ts';

export type SeriesEnded = { ok: true; series: Series; told: Audience } | Refused;

/**
 * Ends a series, cancelling every occurrence not yet over; organizers of the series (or admins) only. A series moved
 * "from this date on" is still one series to its organizers, so the parts before and after the move end with it. Its
 * organizers hear that it ended, and whoever else a cancelled date concerned hears that it is cancelled. While the
 * show of one of its dates is on, it is refused.
 */
export async function endSeries(deps: Deps, request: { actorId: UserId; seriesId: string }): Promise<SeriesEnded> {
  const series = await deps.store.series.get(request.seriesId);
  if (!series || series.status === 'ended') return { ok: false, refused: 'not-found' };
  const { isAdmin } = await deps.people.profile(request.actorId);
  if (!isOrganizer(series, request.actorId, isAdmin)) return { ok: false, refused: 'not-series-organizer', series };

  const now = deps.clock.now();
  const ended: Series = { ...series, status: 'ended' };
  const whole = await wholeSeries(deps, series);
  const dates = await Promise.all(whole.map((part) => datesToCome(deps.store.hackfests, part, now)));
  const cancelled = dates.flat().map((hackfest) => ({ ...hackfest, status: 'cancelled' as const }));
  // A date on stage now would be cancelled mid-show, its gongs still to come: the show is ended first.
  const live = await deps.store.shows.liveIn(series.channelId);
  const onStage = live && cancelled.find((hackfest) => hackfest.id === live.hackfestId);
  if (onStage) return { ok: false, refused: 'show-on', hackfest: onStage };
  await deps.store.transaction(async (repositories) => {
    for (const part of whole) await repositories.series.save({ ...part, status: 'ended' });
    for (const hackfest of cancelled) {
      await repositories.hackfests.save(hackfest);
      await planHackfestJobs(repositories, hackfest, now, hackfest);
    }
  });

  for (const hackfest of cancelled) {
    deps.announcer.refresh(hackfest.id);
    await refreshHomesOf(deps, hackfest);
  }
  const organizers = [series.organizerId, ...series.coOrganizerIds].filter((id) => id !== request.actorId);
  await tell(deps, organizers, { kind: 'seriesEnded', series: ended, by: request.actorId });
  let told: Audience = { ...NOBODY, organizers };
  for (const hackfest of cancelled) {
    const newlyConcerned = await concerned(deps, hackfest, request.actorId, everyoneIn(told));
    await tell(deps, everyoneIn(newlyConcerned), { kind: 'cancelled', hackfest, by: request.actorId });
    told = joined(told, newlyConcerned);
  }
  return { ok: true, series: ended, told };
}

/** The series with those it carries on and those carrying it on, earliest first. */
async function wholeSeries(deps: Deps, series: Series): Promise<Series[]> {
  const [earlier, later] = await Promise.all([
    earlierParts(deps.store.series, series.id),
    laterParts(deps.store.series, series),
  ]);
  return [...earlier.reverse(), series, ...later];
}
