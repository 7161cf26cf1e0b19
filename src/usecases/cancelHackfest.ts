import { type Audience, everyoneIn } from '../domain/audience.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { loadToMoveOrCancel } from './loadForOrganizer.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { refreshSeriesAnnouncements } from './seriesOf.ts';
import { reviseStartReminder } from './startReminder.ts';
import { concerned, tell } from './tellPeople.ts';

export type Cancelled = { ok: true; hackfest: Hackfest; told: Audience } | Refused;

/**
 * Cancels one hackfest. Its announcement stays, marked cancelled, so the channel's history makes sense; for an
 * occurrence of a series, the series skips that date from now on, and the announcements that list the series'
 * coming dates no longer show it.
 */
export async function cancelHackfest(deps: Deps, request: { actorId: UserId; hackfestId: string }): Promise<Cancelled> {
  const loaded = await loadToMoveOrCancel(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  // Both are changed as they are now, so a change made meanwhile (a role claimed, another date skipped) holds.
  const { cancelled, series } = await deps.store.transaction(async (repositories) => {
    const { hackfests, series: seriesStore } = repositories;
    const current = (await hackfests.lock(loaded.hackfest.id)) ?? loaded.hackfest;
    const cancelled: Hackfest = { ...current, status: 'cancelled' };
    await hackfests.save(cancelled);
    await planHackfestJobs(repositories, cancelled, deps.clock.now(), current);
    const series = cancelled.seriesId ? await seriesStore.lock(cancelled.seriesId) : undefined;
    const date = cancelled.occurrenceDate;
    if (!series || !date || series.skippedDates.includes(date)) return { cancelled, series };
    const skipping = { ...series, skippedDates: [...series.skippedDates, date] };
    await seriesStore.save(skipping);
    return { cancelled, series: skipping };
  });

  deps.announcer.refresh(cancelled.id);
  // Its show never started: cancelling is refused while the show is on, and once it took place.
  await reviseStartReminder(deps, cancelled, { status: 'not-started' });
  if (series) await refreshSeriesAnnouncements(deps, series);
  await refreshHomesOf(deps, cancelled);
  const told = await concerned(deps, cancelled, request.actorId);
  await tell(deps, everyoneIn(told), { kind: 'cancelled', hackfest: cancelled, by: request.actorId });
  return { ok: true, hackfest: cancelled, told };
}
