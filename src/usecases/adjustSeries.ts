import {
  type ScheduleError,
  type ScheduleRequest,
  settingsOf,
  validateSeriesAdjustment,
} from '../domain/scheduling.ts';
import type { Deps } from './deps.ts';
import { rescheduleSeriesFrom, type SeriesRescheduled } from './rescheduleSeriesFrom.ts';

/**
 * "Apply to the next one" for a series: the schedule form's settings (start, length, repeat, slots, …) apply from
 * one of its dates on, and earlier dates stay. Its channel and organizers stay as they are.
 */
export async function adjustSeries(
  deps: Deps,
  request: ScheduleRequest & { hackfestId: string },
): Promise<SeriesRescheduled | { ok: false; errors: ScheduleError[] }> {
  const errors = validateSeriesAdjustment(request, deps.clock.now());
  if (errors.length > 0 || request.rule === null) return { ok: false, errors };
  return rescheduleSeriesFrom(deps, {
    actorId: request.organizerId,
    hackfestId: request.hackfestId,
    startsAt: request.startsAt,
    changes: { ...settingsOf(request), rule: request.rule },
  });
}
