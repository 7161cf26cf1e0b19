import type { FeedbackWindow } from '../domain/feedback.ts';
import type { Hackfest } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';

/**
 * The channel's feedback prompt follows its window: a new closing date when kept open longer, and once closed, no
 * button but how many answered. A failure is logged, not thrown: the window's change is saved and reported already.
 */
export async function reviseFeedbackPrompt(
  deps: Deps,
  hackfest: Hackfest,
  window: FeedbackWindow,
  responses: number,
): Promise<void> {
  const ts = await deps.store.feedback.promptOf(hackfest.id);
  if (!ts) return;
  try {
    await deps.feedbackBoard.revisePrompt(hackfest, window, ts, responses);
  } catch (error) {
    deps.logger.warn({ err: error, hackfestId: hackfest.id }, 'could not revise the feedback prompt');
  }
}
