import type { Hackfest, Series } from '../domain/hackfest.ts';
import { planSchedule, type ScheduleError, type ScheduleRequest, validateSchedule } from '../domain/scheduling.ts';
import { ChannelUnavailableError, type Repositories } from '../ports.ts';
import { announceHackfest, cancelAnnouncement, planAnnouncement } from './announceHackfest.ts';
import type { Deps } from './deps.ts';
import { cancelHackfestJobs, planHackfestJobs } from './planHackfestJobs.ts';

const CANNOT_POST = "I can't post in that channel: invite me there with /invite @Hackfest, then try again.";

export type Scheduled =
  | { ok: true; hackfest: Hackfest; series: Series | null }
  | { ok: false; errors: ScheduleError[] };

/**
 * Puts a hackfest (or a series) on the calendar: validate, plan, save it, then post its announcement and record
 * where it lives. Saving goes first so that a click on the announcement, however quick, finds the hackfest; a
 * channel the app cannot post in (or any failure to post) then removes what was saved, and a process that dies
 * before posting leaves a due job that announces it.
 */
export async function scheduleHackfest(
  deps: Deps,
  request: ScheduleRequest,
  /** More to save once the hackfest is announced, in the transaction that records it (a proposal it came from). */
  alongside?: (repositories: Repositories, hackfest: Hackfest) => Promise<void>,
): Promise<Scheduled> {
  const now = deps.clock.now();
  const errors = validateSchedule(request, now);
  if (errors.length > 0) return { ok: false, errors };

  const { series, hackfests } = planSchedule(request, now, deps.newId);
  const [first] = hackfests;
  if (!first) throw new Error('a valid schedule plans at least one hackfest');

  await deps.store.transaction(async (repositories) => {
    if (series) await repositories.series.add(series);
    for (const hackfest of hackfests) {
      await repositories.hackfests.add(hackfest);
      await planHackfestJobs(repositories, hackfest, now);
    }
    await planAnnouncement(repositories, first, now);
  });
  let announced: Hackfest | undefined;
  try {
    announced = await announceHackfest(deps, { hackfest: first, series, demos: [] }, alongside);
  } catch (error) {
    await discard(deps, hackfests, series);
    if (error instanceof ChannelUnavailableError)
      return { ok: false, errors: [{ field: 'channel', message: CANNOT_POST }] };
    throw error;
  }
  if (!announced) throw new Error(`hackfest ${first.id} was removed while it was being announced`);
  deps.homes.refresh([request.organizerId, ...request.coOrganizerIds]);
  return { ok: true, hackfest: announced, series };
}

/** Removes a schedule nobody saw (its announcement was never posted) with the work planned for it. */
async function discard(deps: Deps, hackfests: readonly Hackfest[], series: Series | null): Promise<void> {
  const [first] = hackfests;
  await deps.store.transaction(async (repositories) => {
    if (first) await cancelAnnouncement(repositories, first.id);
    for (const hackfest of hackfests) {
      await cancelHackfestJobs(repositories, hackfest);
      await repositories.hackfests.remove(hackfest.id);
    }
    if (series) await repositories.series.remove(series.id);
  });
}
