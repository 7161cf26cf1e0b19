import { FEEDBACK_JOBS, FEEDBACK_OPEN_MS } from '../domain/feedback.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';

export const closeKey = (hackfestId: string) => `${FEEDBACK_JOBS.close}:${hackfestId}`;

/**
 * Opens feedback on a hackfest that is over (its show ended, or its end time passed without one): once, for 14
 * days, with a prompt in the channel and the closing booked as due work.
 */
export async function openFeedback(deps: Deps, hackfestId: string): Promise<void> {
  const now = deps.clock.now();
  const window = { hackfestId, openedAt: now, closesAt: now + FEEDBACK_OPEN_MS, closedAt: null };
  const opened = await deps.store.transaction(async ({ feedback, dueJobs }) => {
    if (!(await feedback.open(window))) return false;
    await dueJobs.schedule({
      kind: FEEDBACK_JOBS.close,
      key: closeKey(hackfestId),
      dueAt: window.closesAt,
      payload: { hackfestId },
    });
    return true;
  });
  const hackfest = await deps.store.hackfests.get(hackfestId);
  if (!opened || !hackfest) return;
  const ts = await deps.feedbackBoard.prompt(hackfest, window);
  if (ts) await deps.store.feedback.recordPrompt(hackfestId, ts);
  deps.homes.refresh([hackfest.organizerId, ...hackfest.coOrganizerIds]);
}

/**
 * The end time of a hackfest passed: feedback opens (if its show's end has not opened it already), unless the
 * hackfest moved or was cancelled since.
 */
export async function hackfestOver(deps: Deps, job: DueJob): Promise<void> {
  const { hackfestId, startsAt } = job.payload as { hackfestId: string; startsAt: number };
  const hackfest = await deps.store.hackfests.get(hackfestId);
  if (!hackfest || hackfest.status === 'cancelled' || hackfest.startsAt !== startsAt) return;
  await openFeedback(deps, hackfestId);
}
