import { type Audience, everyoneIn } from '../domain/audience.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import { duplicateOf, isBeyondHorizon } from '../domain/scheduling.ts';
import type { Deps } from './deps.ts';
import { loadToMoveOrCancel } from './loadForOrganizer.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { refreshSeriesAnnouncements, seriesOf } from './seriesOf.ts';
import { concerned, tell } from './tellPeople.ts';

/** The hackfest already starts at the time asked for: nothing to move, nobody to tell. */
export type AlreadyThen = { ok: false; alreadyThen: Hackfest };

export type Rescheduled =
  | { ok: true; hackfest: Hackfest; previousStartsAt: number; told: Audience }
  | AlreadyThen
  | Refused;

/**
 * Moves a hackfest to a new start, keeping its length and how long before the start sign-ups close; a date of a series
 * moves alone, and the series' announcements list it at its new time.
 */
export async function rescheduleHackfest(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string; startsAt: number },
): Promise<Rescheduled> {
  const loaded = await loadToMoveOrCancel(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const { hackfest } = loaded;
  if (request.startsAt === hackfest.startsAt) return { ok: false, alreadyThen: hackfest };
  if (request.startsAt <= deps.clock.now()) return { ok: false, refused: 'in-the-past', hackfest };
  if (isBeyondHorizon(request.startsAt, deps.clock.now())) return { ok: false, refused: 'too-far-ahead', hackfest };
  const twin = await sameAt(deps, hackfest, request.startsAt);
  if (twin) return { ok: false, refused: 'same-time', hackfest: twin };

  const moved: Hackfest = {
    ...hackfest,
    startsAt: request.startsAt,
    signupDeadline: request.startsAt - (hackfest.startsAt - hackfest.signupDeadline),
  };
  await deps.store.transaction(async (repositories) => {
    await repositories.hackfests.save(moved);
    await planHackfestJobs(repositories, moved, deps.clock.now(), hackfest);
  });

  deps.announcer.refresh(moved.id);
  const series = await seriesOf(deps, moved);
  if (series) await refreshSeriesAnnouncements(deps, series);
  await refreshHomesOf(deps, moved);
  const told = await concerned(deps, moved, request.actorId);
  await tell(deps, everyoneIn(told), {
    kind: 'rescheduled',
    hackfest: moved,
    previousStartsAt: hackfest.startsAt,
    by: request.actorId,
  });
  return { ok: true, hackfest: moved, previousStartsAt: hackfest.startsAt, told };
}

/** Another hackfest of the same title in the channel at that start: moving there would list the two as one. */
async function sameAt(deps: Deps, hackfest: Hackfest, startsAt: number): Promise<Hackfest | undefined> {
  const upcoming = await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds: [hackfest.channelId] });
  return duplicateOf(
    { ...hackfest, startsAt },
    upcoming.filter((other) => other.id !== hackfest.id),
  );
}
