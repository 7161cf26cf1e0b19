import {
  checkFeedback,
  cleanFeedbackAnswer,
  type Feedback,
  type FeedbackAnswer,
  type FeedbackError,
  isOpen,
} from '../domain/feedback.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Demo } from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { presentedDemos } from './feedbackReport.ts';

export type FeedbackForm = { ok: true; hackfest: Hackfest; presented: Demo[]; earlier: Feedback | undefined } | Refused;

/** What the feedback form needs: the hackfest while its feedback is open, the demos presented, and any earlier answer. */
export async function feedbackFormFor(
  deps: Deps,
  request: { hackfestId: string; userId: UserId },
): Promise<FeedbackForm> {
  const [hackfest, window] = await Promise.all([
    deps.store.hackfests.get(request.hackfestId),
    deps.store.feedback.window(request.hackfestId),
  ]);
  if (!hackfest || !window) return { ok: false, refused: 'no-feedback-open' };
  if (!isOpen(window, deps.clock.now())) return { ok: false, refused: 'feedback-closed', hackfest };
  const [presented, answers] = await Promise.all([
    presentedDemos(deps.store, hackfest),
    deps.store.feedback.ofHackfest(hackfest.id),
  ]);
  return { ok: true, hackfest, presented, earlier: answers.find((answer) => answer.userId === request.userId) };
}

/** `/hackfest feedback`: the hackfest in this channel whose feedback opened last and is still open. */
export async function latestFeedbackIn(
  deps: Deps,
  request: { channelId: string; userId: UserId },
): Promise<FeedbackForm> {
  const window = await deps.store.feedback.latestOpenIn(request.channelId, deps.clock.now());
  if (!window) return { ok: false, refused: 'no-feedback-open' };
  return feedbackFormFor(deps, { hackfestId: window.hackfestId, userId: request.userId });
}

export type FeedbackGiven =
  | { ok: true; hackfest: Hackfest; replaced: boolean }
  | Refused
  | { ok: false; errors: FeedbackError[] };

/** One answer per person per hackfest, while feedback is open; answering again replaces the earlier answer. */
export async function giveFeedback(
  deps: Deps,
  request: { hackfestId: string; userId: UserId; answer: FeedbackAnswer },
): Promise<FeedbackGiven> {
  const form = await feedbackFormFor(deps, request);
  if (!form.ok) return form;
  const answer = cleanFeedbackAnswer(request.answer);
  const errors = checkFeedback(
    answer,
    form.presented.map((demo) => demo.id),
  );
  if (errors.length > 0) return { ok: false, errors };
  const { replaced } = await deps.store.feedback.give({
    ...answer,
    hackfestId: form.hackfest.id,
    userId: request.userId,
    at: deps.clock.now(),
  });
  deps.homes.refresh([form.hackfest.organizerId, ...form.hackfest.coOrganizerIds]);
  return { ok: true, hackfest: form.hackfest, replaced };
}
