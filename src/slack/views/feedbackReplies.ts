import { type AspectTally, FEEDBACK_ASPECTS, type FeedbackAspect } from '../../domain/feedback.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import { slackDate } from './dates.ts';
import { ASPECT_LABELS, aspectAnswers } from './feedbackAnswers.ts';
import { type EphemeralMessage, ephemeral } from './message.ts';
import { userText } from './text.ts';

const titled = (hackfest: Hackfest) => `*${userText(hackfest.title, 150)}*`;

export const feedbackThanksMessage = (hackfest: Hackfest, replaced: boolean): EphemeralMessage =>
  ephemeral(
    replaced
      ? `:white_check_mark: Your feedback on ${titled(hackfest)} replaces your earlier answer. Thank you!`
      : `:white_check_mark: Thank you for your feedback on ${titled(hackfest)}! You can change it until feedback closes.`,
  );

export const feedbackWindowChangedMessage = (hackfest: Hackfest, closesAt: number | null): EphemeralMessage =>
  ephemeral(
    closesAt === null
      ? `:lock: Feedback on ${titled(hackfest)} is closed; the summary is in your DMs and the wrap-up in <#${hackfest.channelId}>.`
      : `:hourglass: Feedback on ${titled(hackfest)} stays open until ${slackDate(closesAt, hackfest.timeZone)}.`,
  );

/** What people asked for on each aspect they asked a change of, one line each, for the next hackfest's form. */
export function whatPeopleAskedFor(answers: Record<FeedbackAspect, AspectTally>): string[] {
  return FEEDBACK_ASPECTS.flatMap((aspect) => {
    const asked = aspectAnswers(aspect, answers[aspect], ['less', 'more']);
    return asked ? [`${ASPECT_LABELS[aspect]}: ${asked}`] : [];
  });
}
