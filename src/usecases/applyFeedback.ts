import { type Ask, FEEDBACK_ASPECTS, type FeedbackAspect, mostAskedFor, nextLength } from '../domain/feedback.ts';
import { type Hackfest, isOrganizer, type UserId } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { feedbackReport } from './feedbackReport.ts';

export type NextOne = {
  ok: true;
  hackfest: Hackfest;
  /** What most people asked for, per aspect (null where nobody asked for a change). */
  asks: Record<FeedbackAspect, Ask | null>;
  prefill: { title: string; description: string; durationMs: number; rule?: string };
};

/**
 * "Apply to the next one": the schedule form for the next hackfest, filled in from this one with the changes people
 * asked for most (its length adjusted; the series' repeat kept, for the organizer to change as asked).
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
  const asks = Object.fromEntries(
    FEEDBACK_ASPECTS.map((aspect) => [aspect, mostAskedFor(summary.aspects[aspect])]),
  ) as Record<FeedbackAspect, Ask | null>;
  const series = hackfest.seriesId ? await deps.store.series.get(hackfest.seriesId) : undefined;
  return {
    ok: true,
    hackfest,
    asks,
    prefill: {
      title: hackfest.title,
      description: hackfest.description,
      durationMs: nextLength(hackfest.durationMs, asks.length),
      ...(series ? { rule: series.rule } : {}),
    },
  };
}
