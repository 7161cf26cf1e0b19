import type { Hackfest, Series } from '../domain/hackfest.ts';
import { planSchedule, type ScheduleError, type ScheduleRequest, validateSchedule } from '../domain/scheduling.ts';
import { ChannelUnavailableError, type Repositories } from '../ports.ts';
import type { Deps } from './deps.ts';
import { planHackfestJobs } from './planHackfestJobs.ts';

const CANNOT_POST = "I can't post in that channel: invite me there with /invite @Hackfest, then try again.";

export type Scheduled =
  | { ok: true; hackfest: Hackfest; series: Series | null }
  | { ok: false; errors: ScheduleError[] };

/**
 * Puts a hackfest (or a series) on the calendar: validate, plan, post the announcement, then save it with the
 * message it lives in. Slack goes first so that a channel the app cannot post in leaves nothing saved.
 */
export async function scheduleHackfest(
  deps: Deps,
  request: ScheduleRequest,
  /** More to save with the hackfest, in its transaction (a proposal it came from). */
  alongside?: (repositories: Repositories, hackfest: Hackfest) => Promise<void>,
): Promise<Scheduled> {
  const now = deps.clock.now();
  const errors = validateSchedule(request, now);
  if (errors.length > 0) return { ok: false, errors };

  const { series, hackfests } = planSchedule(request, now, deps.newId);
  const [first, ...later] = hackfests;
  if (!first) throw new Error('a valid schedule plans at least one hackfest');

  let announced: Hackfest;
  try {
    announced = { ...first, announcement: await deps.announcer.announce({ hackfest: first, series, demos: [] }) };
  } catch (error) {
    if (!(error instanceof ChannelUnavailableError)) throw error;
    return { ok: false, errors: [{ field: 'channel', message: CANNOT_POST }] };
  }
  try {
    await deps.store.transaction(async (repositories) => {
      const { hackfests: store, series: seriesStore } = repositories;
      if (series) await seriesStore.add(series);
      for (const hackfest of [announced, ...later]) {
        await store.add(hackfest);
        await planHackfestJobs(repositories, hackfest, now);
      }
      await alongside?.(repositories, announced);
    });
  } catch (error) {
    if (announced.announcement) await deps.announcer.retract(announced.announcement);
    throw error;
  }
  deps.homes.refresh([request.organizerId, ...request.coOrganizerIds]);
  return { ok: true, hackfest: announced, series };
}
