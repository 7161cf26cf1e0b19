import { type AspectTally, type FeedbackAspect, mostAskedFor, nextLength } from '../domain/feedback.ts';
import { type Hackfest, isOrganizer, type Series, type UserId } from '../domain/hackfest.ts';
import { choiceForRule } from '../domain/recurrence.ts';
import type { Refused } from '../domain/refusals.ts';
import type { SchedulePrefill } from '../domain/scheduling.ts';
import type { Deps } from './deps.ts';
import { feedbackReport } from './feedbackReport.ts';
import { laterParts } from './seriesOf.ts';

export type NextOne = {
  ok: true;
  hackfest: Hackfest;
  /** What people answered on each aspect of this one. */
  answers: Record<FeedbackAspect, AspectTally>;
  prefill: SchedulePrefill;
  /** For a hackfest of a series, the series' next date: the form adjusts the series from it, instead of adding one. */
  nextDate: Hackfest | null;
};

/**
 * "Apply to the next one": the schedule form filled in from this hackfest with the changes people asked for most
 * (its length adjusted; the series' repeat kept, for the organizer to change as asked). For a series with a date to
 * come, the form adjusts the series from that date on; otherwise it schedules the next one.
 */
export async function applyFeedback(
  deps: Deps,
  request: { hackfestId: string; actorId: UserId },
): Promise<NextOne | Refused> {
  const report = await feedbackReport(deps.store, request.hackfestId);
  if (!report) return { ok: false, refused: 'no-feedback-open' };
  const { hackfest, summary } = report;
  const { isAdmin } = await deps.people.profile(request.actorId);
  if (!isOrganizer(hackfest, request.actorId, isAdmin)) return { ok: false, refused: 'not-organizer', hackfest };
  const series = hackfest.seriesId ? await deps.store.series.get(hackfest.seriesId) : undefined;
  const nextDate = series ? await nextDateAfter(deps, series, hackfest.startsAt) : null;
  return {
    ok: true,
    hackfest,
    answers: summary.aspects,
    prefill: {
      title: hackfest.title,
      description: hackfest.description,
      durationMs: nextLength(hackfest.durationMs, mostAskedFor(summary.aspects.length)),
      slots: hackfest.slots,
      demoMs: hackfest.demoMs,
      reminders: hackfest.reminders,
      // The same organizers run the next one: whoever applies it schedules it, with the others beside them.
      coOrganizerIds: [hackfest.organizerId, ...hackfest.coOrganizerIds].filter((id) => id !== request.actorId),
      ...(series ? { rule: series.rule, recurrence: choiceForRule(series.rule, series.firstStart) } : {}),
      ...(nextDate && nextDate.signupDeadline < nextDate.startsAt ? { signupDeadline: nextDate.signupDeadline } : {}),
    },
    nextDate,
  };
}

/** The series' next date to come after `after`, or that of the series carrying on its later dates, if they moved. */
async function nextDateAfter(deps: Deps, series: Series, after: number): Promise<Hackfest | null> {
  const now = deps.clock.now();
  for (const part of [series, ...(await laterParts(deps.store.series, series))]) {
    const later = await deps.store.hackfests.ofSeries(part.id, after + 1);
    const next = later.find((date) => date.status === 'scheduled' && date.startsAt > now);
    if (next) return next;
  }
  return null;
}
