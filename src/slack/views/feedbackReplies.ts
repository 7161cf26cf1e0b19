import type { Ask, FeedbackAspect } from '../../domain/feedback.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import { slackDate } from './dates.ts';
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

const LEANING_WORDS: Record<FeedbackAspect, { more: string; less: string }> = {
  frequency: { more: 'more often', less: 'less often' },
  length: { more: 'longer', less: 'shorter' },
  topics: { more: 'wider topics', less: 'narrower topics' },
  format: { more: 'more structure', less: 'a looser format' },
};

/** The changes most asked for, one line each, for the schedule form of the next hackfest. */
export function whatPeopleAskedFor(asks: Record<FeedbackAspect, Ask | null>): string[] {
  return (Object.entries(asks) as Array<[FeedbackAspect, Ask | null]>).flatMap(([aspect, ask]) => {
    if (!ask) return [];
    return ['changeTo' in ask ? `${aspect}: “${userText(ask.changeTo, 100)}”` : LEANING_WORDS[aspect][ask.leaning]];
  });
}
