import type { Hackfest, Series } from '../domain/hackfest.ts';
import {
  duplicateError,
  duplicateOf,
  planSchedule,
  type ScheduleError,
  type ScheduleRequest,
  validateSchedule,
} from '../domain/scheduling.ts';
import { ChannelUnavailableError, type Hackfests, type Repositories } from '../ports.ts';
import { announceHackfest, cancelAnnouncement, planAnnouncement } from './announceHackfest.ts';
import type { Deps } from './deps.ts';
import { cancelHackfestJobs, planHackfestJobs } from './planHackfestJobs.ts';

export type Scheduled =
  | { ok: true; hackfest: Hackfest; series: Series | null }
  | { ok: false; errors: ScheduleError[] };

/**
 * Puts a hackfest (or a series) on the calendar: validate, plan, save it (unless the same one, by channel, title
 * and start, is on the calendar already), then post its announcement and record where it lives. Saving goes first
 * so that a click on the announcement, however quick, finds the hackfest; a channel the app cannot post in (or any
 * failure to post) then removes what was saved, and a process that dies before posting leaves a due job that
 * announces it.
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

  const duplicate = await deps.store.transaction(async (repositories) => {
    const existing = await alreadyOnCalendar(repositories.hackfests, request, now);
    if (existing) return existing;
    if (series) await repositories.series.add(series);
    for (const hackfest of hackfests) {
      await repositories.hackfests.add(hackfest);
      await planHackfestJobs(repositories, hackfest, now);
    }
    await planAnnouncement(repositories, first, now);
    return undefined;
  });
  if (duplicate) return { ok: false, errors: [duplicateError(duplicate)] };
  let announced: Hackfest | undefined;
  try {
    announced = await announceHackfest(deps, { hackfest: first, series, demos: [] }, alongside);
  } catch (error) {
    await discard(deps, hackfests, series);
    if (error instanceof ChannelUnavailableError)
      return { ok: false, errors: [{ field: 'channel', message: ChannelUnavailableError.advice }] };
    throw error;
  }
  if (!announced) throw new Error(`hackfest ${first.id} was removed while it was being announced`);
  deps.homes.refresh([request.organizerId, ...request.coOrganizerIds]);
  return { ok: true, hackfest: announced, series };
}

/**
 * What is wrong with a request, a duplicate included, for a form to answer inline before it closes; scheduling checks
 * the duplicate again as it saves.
 */
export async function checkSchedule(deps: Deps, request: ScheduleRequest): Promise<ScheduleError[]> {
  const now = deps.clock.now();
  const errors = validateSchedule(request, now);
  if (errors.length > 0) return errors;
  const existing = await alreadyOnCalendar(deps.store.hackfests, request, now);
  return existing ? [duplicateError(existing)] : [];
}

/** The hackfest this request would schedule a second time, if there is one. */
async function alreadyOnCalendar(hackfests: Hackfests, request: ScheduleRequest, now: number) {
  return duplicateOf(request, await hackfests.upcoming({ now, channelIds: [request.channelId] }));
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
