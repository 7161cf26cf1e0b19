import { type AspectTally, FEEDBACK_ASPECTS, type FeedbackAspect } from '../../domain/feedback.ts';
import { type Hackfest, isOrganizer, type UserId } from '../../domain/hackfest.ts';
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

/** What changed; the summary goes to the organizers only, so a workspace admin who closed it is pointed to theirs. */
export const feedbackWindowChangedMessage = (
  hackfest: Hackfest,
  closesAt: number | null,
  actorId: UserId,
): EphemeralMessage => {
  const summaryIn = isOrganizer(hackfest, actorId, false) ? 'your DMs' : "the organizers' DMs";
  return ephemeral(
    closesAt === null
      ? `:lock: Feedback on ${titled(hackfest)} is closed; the summary is in ${summaryIn} and the wrap-up in <#${hackfest.channelId}>.`
      : `:hourglass: Feedback on ${titled(hackfest)} stays open until ${slackDate(closesAt, hackfest.timeZone)}.`,
  );
};

/** What people asked for on each aspect they asked a change of, one line each, for the next hackfest's form. */
export function whatPeopleAskedFor(answers: Record<FeedbackAspect, AspectTally>): string[] {
  return FEEDBACK_ASPECTS.flatMap((aspect) => {
    const asked = aspectAnswers(aspect, answers[aspect], ['less', 'more']);
    return asked ? [`${ASPECT_LABELS[aspect]}: ${asked}`] : [];
  });
}
