import { parseDuration } from './duration.ts';
import { LIMITS, type UserId } from './hackfest.ts';
import { cleanLine, cleanText } from './userText.ts';

/** What people think of a hackfest once it is over, and what they would change for the next one. */

export const FEEDBACK_ASPECTS = ['frequency', 'length', 'topics', 'format'] as const;
export type FeedbackAspect = (typeof FEEDBACK_ASPECTS)[number];

export const LEANINGS = ['more', 'same', 'less'] as const;
export type Leaning = (typeof LEANINGS)[number];

/** One person's view of one aspect: more, the same or less of it, and what to change it to, each optional. */
export type AspectAnswer = { leaning: Leaning | null; changeTo: string };

export type FeedbackAnswer = {
  rating: number;
  favouriteDemoId: string | null;
  aspects: Record<FeedbackAspect, AspectAnswer>;
  comment: string;
  anonymous: boolean;
};

/** A person's answer; answering again replaces it. */
export type Feedback = FeedbackAnswer & { hackfestId: string; userId: UserId; at: number };

/** Feedback on a hackfest is open from when it ends until `closesAt`; the organizers may close it early or extend it. */
export type FeedbackWindow = { hackfestId: string; openedAt: number; closesAt: number; closedAt: number | null };

export const FEEDBACK_OPEN_MS = 14 * 24 * 3_600_000;
export const FEEDBACK_EXTENSION_MS = 7 * 24 * 3_600_000;
export const FEEDBACK_LIMITS = { comment: 1_000, changeTo: 150 } as const;
export const FEEDBACK_JOBS = { open: 'feedback-open', close: 'feedback-close' } as const;

/** What a "change to" might say on each aspect; that of the length reads as a length, so it can be applied. */
export const CHANGE_EXAMPLES: Record<FeedbackAspect, string> = {
  frequency: 'every month',
  length: '1 day',
  topics: 'AI and tooling',
  format: 'themed build',
};

export const isOpen = (window: FeedbackWindow, now: number): boolean =>
  window.closedAt === null && now < window.closesAt;

export type FeedbackField = 'rating' | 'favourite' | 'comment' | FeedbackAspect;
export type FeedbackError = { field: FeedbackField; message: string };

/** The answer as it is kept: its comment and "change to" texts without control or invisible characters, trimmed. */
export function cleanFeedbackAnswer(answer: FeedbackAnswer): FeedbackAnswer {
  const aspects = Object.fromEntries(
    FEEDBACK_ASPECTS.map((aspect) => {
      const given = answer.aspects[aspect];
      return [aspect, { ...given, changeTo: cleanLine(given.changeTo) }];
    }),
  ) as Record<FeedbackAspect, AspectAnswer>;
  return { ...answer, comment: cleanText(answer.comment), aspects };
}

/** What is wrong with an answer: a rating from 1 to 5, a favourite among the demos presented, texts within limits. */
export function checkFeedback(answer: FeedbackAnswer, presentedDemoIds: readonly string[]): FeedbackError[] {
  const errors: FeedbackError[] = [];
  if (!Number.isInteger(answer.rating) || answer.rating < 1 || answer.rating > 5)
    errors.push({ field: 'rating', message: 'Pick a rating from 1 (poor) to 5 (great).' });
  if (answer.favouriteDemoId !== null && !presentedDemoIds.includes(answer.favouriteDemoId))
    errors.push({ field: 'favourite', message: 'Pick one of the demos presented, or leave it empty.' });
  if (cleanText(answer.comment).length > FEEDBACK_LIMITS.comment)
    errors.push({ field: 'comment', message: `Keep it to ${FEEDBACK_LIMITS.comment} characters.` });
  for (const aspect of FEEDBACK_ASPECTS)
    if (cleanLine(answer.aspects[aspect].changeTo).length > FEEDBACK_LIMITS.changeTo)
      errors.push({
        field: aspect,
        message: `Keep it to ${FEEDBACK_LIMITS.changeTo} characters, e.g. "${CHANGE_EXAMPLES[aspect]}".`,
      });
  return errors;
}

/**
 * A "change to" text, with how many asked for it and the way it leans from what the hackfest had, when that can be
 * told (a length longer or shorter than the hackfest's); null when it cannot.
 */
export type AskedChange = { text: string; count: number; leaning: Leaning | null };

/** How many leaned each way (a "change to" that leans counts as its way, not the leaning picked beside it). */
export type AspectTally = Record<Leaning, number> & { changes: AskedChange[] };

export type FeedbackSummary = {
  responses: number;
  averageRating: number | null;
  /** How many gave each rating, 1 to 5. */
  distribution: [number, number, number, number, number];
  /** Demos voted favourite, the most votes first. */
  favourites: Array<{ demoId: string; votes: number }>;
  aspects: Record<FeedbackAspect, AspectTally>;
  /** Comments in the order given; anonymous ones without a name. */
  comments: Array<{ text: string; by: UserId | null }>;
};

/** What the hackfest had, that a "change to" is compared with. */
export type CurrentSettings = { durationMs: number };

/** Counts feedback on a hackfest with these settings into what organizers read at a glance. */
export function summarize(feedback: readonly Feedback[], current: CurrentSettings): FeedbackSummary {
  const distribution: FeedbackSummary['distribution'] = [0, 0, 0, 0, 0];
  const votes = new Map<string, number>();
  for (const { rating, favouriteDemoId } of feedback) {
    distribution[rating - 1] = (distribution[rating - 1] ?? 0) + 1;
    if (favouriteDemoId) votes.set(favouriteDemoId, (votes.get(favouriteDemoId) ?? 0) + 1);
  }
  const total = feedback.reduce((sum, each) => sum + each.rating, 0);
  return {
    responses: feedback.length,
    averageRating: feedback.length === 0 ? null : Math.round((total / feedback.length) * 10) / 10,
    distribution,
    favourites: [...votes].map(([demoId, count]) => ({ demoId, votes: count })).sort((a, b) => b.votes - a.votes),
    aspects: Object.fromEntries(
      FEEDBACK_ASPECTS.map((aspect) => [aspect, tallyAspect(feedback, aspect, current)]),
    ) as Record<FeedbackAspect, AspectTally>,
    comments: feedback
      .map((each) => ({ text: cleanText(each.comment), by: each.anonymous ? null : each.userId }))
      .filter((comment) => comment.text !== ''),
  };
}

/** The way a "change to" leans from the current settings: only a length can be compared for now. */
function leaningOf(aspect: FeedbackAspect, changeTo: string, current: CurrentSettings): Leaning | null {
  const wanted = aspect === 'length' ? parseDuration(changeTo) : undefined;
  if (wanted === undefined) return null;
  return wanted > current.durationMs ? 'more' : wanted < current.durationMs ? 'less' : 'same';
}

function tallyAspect(feedback: readonly Feedback[], aspect: FeedbackAspect, current: CurrentSettings): AspectTally {
  const tally: AspectTally = { more: 0, same: 0, less: 0, changes: [] };
  const changes = new Map<string, AskedChange>();
  for (const { aspects } of feedback) {
    const text = cleanLine(aspects[aspect].changeTo);
    const changeLeaning = text === '' ? null : leaningOf(aspect, text, current);
    const leaning = changeLeaning ?? aspects[aspect].leaning;
    if (leaning) tally[leaning]++;
    if (text === '') continue;
    const key = text.toLowerCase().replace(/\s+/g, ' ');
    const change = changes.get(key) ?? { text, count: 0, leaning: changeLeaning };
    change.count++;
    changes.set(key, change);
  }
  tally.changes = [...changes.values()].sort((a, b) => b.count - a.count);
  return tally;
}

/**
 * What most people asked for on an aspect: the most common "change to" that does not lean either way when it has
 * more votes than any leaning; else the leaning with the most votes when it is not "same" and not a tie, as the
 * most common "change to" leaning that way when most of those who leaned so named it; nothing otherwise.
 */
export function mostAskedFor(tally: AspectTally): { leaning: 'more' | 'less' } | { changeTo: string } | null {
  const [topUnleaning] = tally.changes.filter((change) => change.leaning === null);
  const leaning = tally.more >= tally.less ? 'more' : 'less';
  const leaningVotes = Math.max(tally.more, tally.less);
  if (topUnleaning && topUnleaning.count > Math.max(leaningVotes, tally.same)) return { changeTo: topUnleaning.text };
  if (leaningVotes === 0 || leaningVotes <= tally.same || tally.more === tally.less) return null;
  const [topThatWay] = tally.changes.filter((change) => change.leaning === leaning);
  return topThatWay && topThatWay.count * 2 > leaningVotes ? { changeTo: topThatWay.text } : { leaning };
}

export type Ask = NonNullable<ReturnType<typeof mostAskedFor>>;

const QUARTER_HOUR = 15 * 60_000;

/**
 * The next hackfest's length after feedback: the "change to" most asked for when it reads as a length, else half
 * again as long or a third shorter as most leaned, in quarter hours within the limits; unchanged otherwise.
 */
export function nextLength(durationMs: number, ask: Ask | null): number {
  const wanted =
    ask === null
      ? durationMs
      : 'changeTo' in ask
        ? (parseDuration(ask.changeTo) ?? durationMs)
        : Math.round((durationMs * (ask.leaning === 'more' ? 1.5 : 2 / 3)) / QUARTER_HOUR) * QUARTER_HOUR;
  return Math.min(LIMITS.maxDurationMs, Math.max(LIMITS.minDurationMs, wanted));
}
