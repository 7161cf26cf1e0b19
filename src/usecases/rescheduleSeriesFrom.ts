import { type Audience, everyoneIn, joined, NOBODY } from '../domain/audience.ts';
import type { Hackfest, Series, UserId } from '../domain/hackfest.ts';
import type { Notice } from '../domain/notices.ts';
import type { Refused } from '../domain/refusals.ts';
import { isBeyondHorizon, type SeriesChanges, splitSeries } from '../domain/scheduling.ts';
import type { Deps } from './deps.ts';
import { loadToMoveOrCancel } from './loadForOrganizer.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import type { AlreadyThen } from './rescheduleHackfest.ts';
import { refreshSeriesAnnouncements, seriesOf } from './seriesOf.ts';
import { concerned, tell } from './tellPeople.ts';

export type SeriesRescheduled = { ok: true; series: Series; moved: Hackfest[]; told: Audience } | AlreadyThen | Refused;

/**
 * Moves a series from one of its dates on: that date and every later one follow the new start (and any `changes`),
 * earlier ones stay. For a hackfest that is not part of a series, it is the same as moving that one hackfest.
 */
export async function rescheduleSeriesFrom(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string; startsAt: number; changes?: SeriesChanges },
): Promise<SeriesRescheduled> {
  const loaded = await loadToMoveOrCancel(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const { hackfest } = loaded;
  if (!request.changes && request.startsAt === hackfest.startsAt) return { ok: false, alreadyThen: hackfest };
  if (request.startsAt <= deps.clock.now()) return { ok: false, refused: 'in-the-past', hackfest };
  if (isBeyondHorizon(request.startsAt, deps.clock.now())) return { ok: false, refused: 'too-far-ahead', hackfest };
  const series = await seriesOf(deps, hackfest);
  if (!series) return { ok: false, refused: 'not-found' };

  const later = (await deps.store.hackfests.ofSeries(series.id, hackfest.startsAt)).filter(
    (occurrence) => occurrence.status === 'scheduled',
  );
  const split = splitSeries(series, hackfest, later, {
    startsAt: request.startsAt,
    newId: deps.newId(),
    now: deps.clock.now(),
    ...(request.changes ? { changes: request.changes } : {}),
  });
  if (!split) return { ok: false, refused: 'off-rule', series };

  const previously = (moved: Hackfest) => later.find((before) => before.id === moved.id);
  const now = deps.clock.now();
  await deps.store.transaction(async (repositories) => {
    await repositories.series.save(split.ending);
    await repositories.series.add(split.continuing);
    for (const moved of split.moved) {
      await repositories.hackfests.save(moved);
      await planHackfestJobs(repositories, moved, now, previously(moved));
    }
  });

  await refreshSeriesAnnouncements(deps, split.continuing);
  for (const moved of split.moved) await refreshHomesOf(deps, moved);
  const [first = hackfest] = split.moved;
  // Someone concerned by several of the moved dates hears once, about the first of them.
  let told = NOBODY;
  for (const moved of split.moved) {
    const notice: Notice = request.changes
      ? { kind: 'seriesAdjusted', hackfest: first, series: split.continuing, by: request.actorId }
      : {
          kind: 'rescheduled',
          hackfest: moved,
          previousStartsAt: previously(moved)?.startsAt ?? moved.startsAt,
          by: request.actorId,
        };
    const newlyConcerned = await concerned(deps, moved, request.actorId, everyoneIn(told));
    await tell(deps, everyoneIn(newlyConcerned), notice);
    told = joined(told, newlyConcerned);
  }
  return { ok: true, series: split.continuing, moved: split.moved, told };
}
