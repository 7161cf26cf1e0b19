import { FEEDBACK_EXTENSION_MS, FEEDBACK_JOBS, isOpen } from '../domain/feedback.ts';
import { type Hackfest, isOrganizer, type UserId } from '../domain/hackfest.ts';
import type { Refused } from '../domain/refusals.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';
import { reviseFeedbackPrompt } from './feedbackPrompt.ts';
import { feedbackReport } from './feedbackReport.ts';
import { closeKey } from './openFeedback.ts';

/**
 * Closes feedback on a hackfest, once: the organizers get the summary by DM, the channel a short wrap-up, and its
 * prompt says feedback closed.
 * Returns false when it was already closed.
 */
export async function closeFeedback(deps: Deps, hackfestId: string): Promise<boolean> {
  const closed = await deps.store.feedback.close(hackfestId, deps.clock.now());
  if (closed) await reportClosed(deps, hackfestId);
  return closed;
}

async function reportClosed(deps: Deps, hackfestId: string): Promise<void> {
  const report = await feedbackReport(deps.store, hackfestId);
  if (!report) return;
  const organizers = [report.hackfest.organizerId, ...report.hackfest.coOrganizerIds];
  await deps.feedbackBoard.wrapUp(report);
  await reviseFeedbackPrompt(deps, report.hackfest, report.window, report.summary.responses);
  await deps.feedbackBoard.sendSummary(organizers, report);
  deps.homes.refresh(organizers);
}

/**
 * The closing time came. A run after a crash (a later attempt) reports again even though the window is closed: the
 * wrap-up is tagged and posted once, so what was not sent is sent.
 */
export async function feedbackDue(deps: Deps, job: DueJob): Promise<void> {
  const { hackfestId } = job.payload as { hackfestId: string };
  if (!(await closeFeedback(deps, hackfestId)) && job.attempts > 1) await reportClosed(deps, hackfestId);
}

export type FeedbackWindowChange = 'close-now' | 'extend';

/** Organizers close feedback early, or keep it open a week longer. */
export async function changeFeedbackWindow(
  deps: Deps,
  request: { hackfestId: string; actorId: UserId; change: FeedbackWindowChange },
): Promise<{ ok: true; hackfest: Hackfest; closesAt: number | null } | Refused> {
  const [hackfest, window] = await Promise.all([
    deps.store.hackfests.get(request.hackfestId),
    deps.store.feedback.window(request.hackfestId),
  ]);
  if (!hackfest || !window) return { ok: false, refused: 'no-feedback-open' };
  const { isAdmin } = await deps.people.profile(request.actorId);
  if (!isOrganizer(hackfest, request.actorId, isAdmin)) return { ok: false, refused: 'not-organizer', hackfest };
  if (!isOpen(window, deps.clock.now())) return { ok: false, refused: 'feedback-already-closed', hackfest };
  if (request.change === 'close-now') {
    await closeFeedback(deps, hackfest.id);
    return { ok: true, hackfest, closesAt: null };
  }
  const closesAt = window.closesAt + FEEDBACK_EXTENSION_MS;
  await deps.store.transaction(async ({ feedback, dueJobs }) => {
    await feedback.extend(hackfest.id, closesAt);
    await dueJobs.schedule({
      kind: FEEDBACK_JOBS.close,
      key: closeKey(hackfest.id),
      dueAt: closesAt,
      payload: { hackfestId: hackfest.id },
    });
  });
  await reviseFeedbackPrompt(deps, hackfest, { ...window, closesAt }, 0);
  deps.homes.refresh([hackfest.organizerId, ...hackfest.coOrganizerIds]);
  return { ok: true, hackfest, closesAt };
}
