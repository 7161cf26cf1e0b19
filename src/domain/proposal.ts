import { formatDuration, parseDuration } from './duration.ts';
import { type ChannelId, LIMITS, type UserId } from './hackfest.ts';
import type { RecurrenceChoice } from './recurrence.ts';
import { cleanLine, cleanText } from './userText.ts';

/** A hackfest someone would like to see, before it is on the calendar: people back it and suggest changes. */

export const FREQUENCIES = ['once', 'weekly', 'every-2-weeks', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const FREQUENCY_LABELS: Record<Frequency, string> = {
  once: 'once',
  weekly: 'every week',
  'every-2-weeks': 'every 2 weeks',
  monthly: 'every month',
  quarterly: 'every 3 months',
};

/** The specifics a proposer can adjust after feedback, and that people suggest changes to. */
export type ProposalDetails = {
  title: string;
  why: string;
  format: string;
  durationMs: number;
  frequency: Frequency;
  topics: string[];
};

export const ASPECTS = ['frequency', 'length', 'topics', 'format', 'other'] as const;
export type Aspect = (typeof ASPECTS)[number];

/**
 * One change the proposer (or an admin) made, worded for people: `length: 2 days → 1 day`; `answersSuggestions` when
 * someone had suggested a change to that aspect before.
 */
export type Adjustment = {
  what: string;
  from: string;
  to: string;
  at: number;
  by: UserId;
  answersSuggestions: boolean;
};

export type ProposalStatus = 'open' | 'scheduled';

export type Proposal = ProposalDetails & {
  id: string;
  proposerId: UserId;
  channelId: ChannelId;
  status: ProposalStatus;
  createdAt: number;
  /** The channel message that shows the proposal, once posted. */
  message: { channelId: ChannelId; ts: string } | null;
  /** Every adjustment, oldest first; backers have heard of the first `adjustmentsDigested` of them. */
  adjustments: Adjustment[];
  adjustmentsDigested: number;
  /** The hackfest it became, announced in `channelId`: the schedule form may pick another channel than the proposal's. */
  scheduled: { hackfestId: string; startsAt: number; timeZone: string; channelId: ChannelId } | null;
};

/** Open proposals `/hackfest list` shows; it says when there are more. */
export const PROPOSALS_LISTED = 10;

/** An open proposal in a list, with how many back it. */
/** An open proposal as a person sees it listed: how many back it, and whether they do. */
export type ListedProposal = { proposal: Proposal; backing: number; youBack: boolean };

export type Suggestion = { userId: UserId; aspect: Aspect; text: string; at: number };

export const PROPOSAL_LIMITS = {
  whyLength: 1_000,
  formatLength: 100,
  topics: 10,
  topicLength: 50,
  suggestionLength: 500,
} as const;

export type ProposalField = 'title' | 'why' | 'format' | 'length' | 'frequency' | 'topics' | 'channel';
export type ProposalError = { field: ProposalField; message: string };

/** What a person typed into the proposal form, before it is read. */
export type ProposalDraft = {
  title: string;
  why: string;
  format: string;
  length: string;
  frequency: string;
  topics: string;
  channelId: string | null;
};

const isFrequency = (value: string): value is Frequency => (FREQUENCIES as readonly string[]).includes(value);

/** Topics as typed ("AI, tooling ,, docs"): trimmed, empty ones dropped, duplicates (ignoring case) once. */
export function parseTopics(text: string): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const topic of text.split(',').map((each) => cleanText(each).replace(/\s+/g, ' '))) {
    if (topic === '' || seen.has(topic.toLowerCase())) continue;
    seen.add(topic.toLowerCase());
    topics.push(topic);
  }
  return topics;
}

/** Reads a draft into details and a channel, or every mistake in it at once. */
export function readProposal(
  draft: ProposalDraft,
): { ok: true; details: ProposalDetails; channelId: ChannelId } | { ok: false; errors: ProposalError[] } {
  const errors: ProposalError[] = [];
  const title = cleanLine(draft.title);
  if (title === '') errors.push({ field: 'title', message: 'Give it a title, e.g. "Winter Hackfest".' });
  else if (title.length > LIMITS.titleLength)
    errors.push({ field: 'title', message: `Keep the title to ${LIMITS.titleLength} characters.` });
  const why = cleanText(draft.why);
  if (why === '')
    errors.push({ field: 'why', message: 'Say what people get from it, e.g. "Ship the ideas we never get to".' });
  else if (why.length > PROPOSAL_LIMITS.whyLength)
    errors.push({ field: 'why', message: `Keep it to ${PROPOSAL_LIMITS.whyLength} characters.` });
  const format = cleanLine(draft.format);
  if (format.length > PROPOSAL_LIMITS.formatLength)
    errors.push({
      field: 'format',
      message: `Keep the format to ${PROPOSAL_LIMITS.formatLength} characters, e.g. "demo day".`,
    });
  const durationMs = parseDuration(draft.length);
  if (durationMs === undefined || durationMs < LIMITS.minDurationMs || durationMs > LIMITS.maxDurationMs)
    errors.push({ field: 'length', message: 'Use a length from 15m to 7 days, e.g. 3h or 1 day.' });
  if (!isFrequency(draft.frequency)) errors.push({ field: 'frequency', message: 'Pick how often it would run.' });
  const topics = parseTopics(draft.topics);
  if (topics.length > PROPOSAL_LIMITS.topics)
    errors.push({
      field: 'topics',
      message: `Name at most ${PROPOSAL_LIMITS.topics} topics, e.g. "AI, tooling, docs".`,
    });
  else if (topics.some((topic) => topic.length > PROPOSAL_LIMITS.topicLength))
    errors.push({
      field: 'topics',
      message: `Keep each topic to ${PROPOSAL_LIMITS.topicLength} characters, separated by commas: "AI, tooling, docs".`,
    });
  if (!draft.channelId) errors.push({ field: 'channel', message: 'Pick the channel to post it in.' });
  if (errors.length > 0 || durationMs === undefined || !isFrequency(draft.frequency) || !draft.channelId)
    return { ok: false, errors };
  return {
    ok: true,
    channelId: draft.channelId,
    details: { title, why, format, durationMs, frequency: draft.frequency, topics },
  };
}

/**
 * The adjustments `by` someone from `before` to `after`, one per specific that changed (the title and why included,
 * which "other" suggestions are about), each saying whether it answers suggestions made on its aspect before `at`.
 */
export function adjustmentsBetween(
  before: ProposalDetails,
  after: ProposalDetails,
  { at, by, suggestions }: { at: number; by: UserId; suggestions: readonly Suggestion[] },
): Adjustment[] {
  const worded: Array<[string, Aspect, (details: ProposalDetails) => string]> = [
    ['title', 'other', (details) => details.title],
    ['why', 'other', (details) => details.why],
    ['format', 'format', (details) => details.format || 'open'],
    ['length', 'length', (details) => formatDuration(details.durationMs)],
    ['frequency', 'frequency', (details) => FREQUENCY_LABELS[details.frequency]],
    ['topics', 'topics', (details) => details.topics.join(', ') || 'any'],
  ];
  const suggestedOn = (aspect: Aspect) => suggestions.some((each) => each.aspect === aspect && each.at <= at);
  return worded
    .filter(([, , word]) => word(before) !== word(after))
    .map(([what, aspect, word]) => ({
      what,
      from: word(before),
      to: word(after),
      at,
      by,
      answersSuggestions: suggestedOn(aspect),
    }));
}

/** The adjustments backers have not heard of yet. */
export const undigested = (proposal: Proposal): Adjustment[] =>
  proposal.adjustments.slice(proposal.adjustmentsDigested);

/** Backers hear of adjustments in one digest, this long after the first one they have not heard of. */
export const DIGEST_DELAY_MS = 10 * 60_000;
export const PROPOSAL_DIGEST_JOB = 'proposal-digest';

/** The repeat choice of the schedule form that a proposal's frequency stands for. */
export function recurrenceFor(frequency: Frequency): { choice: RecurrenceChoice; everyNWeeks?: number } {
  switch (frequency) {
    case 'once':
      return { choice: 'none' };
    case 'weekly':
      return { choice: 'weekly' };
    case 'every-2-weeks':
      return { choice: 'every_n_weeks', everyNWeeks: 2 };
    case 'monthly':
      return { choice: 'monthly_weekday' };
    case 'quarterly':
      return { choice: 'quarterly' };
  }
}

/** A second click on "Back this" this soon after the first is a double click, not a change of mind. */
export const DOUBLE_CLICK_MS = 1_500;

export type SuggestionTally = { aspect: Aspect; count: number; ideas: Array<{ text: string; count: number }> };

/**
 * Suggestions grouped by aspect, the most suggested aspect first, and within each the same idea (ignoring case and
 * spacing) counted once with how often it came, the most suggested first; ties keep the order they came in.
 */
export function tallySuggestions(suggestions: readonly Suggestion[]): SuggestionTally[] {
  const byAspect = new Map<Aspect, Map<string, { text: string; count: number }>>();
  for (const { aspect, text } of suggestions) {
    const shown = cleanText(text);
    if (shown === '') continue;
    const ideas = byAspect.get(aspect) ?? new Map<string, { text: string; count: number }>();
    byAspect.set(aspect, ideas);
    const key = shown.replace(/\s+/g, ' ').toLowerCase();
    const idea = ideas.get(key) ?? { text: shown, count: 0 };
    idea.count++;
    ideas.set(key, idea);
  }
  const byCount = <T extends { count: number }>(items: T[]) => items.sort((a, b) => b.count - a.count);
  return byCount(
    [...byAspect].map(([aspect, ideas]) => {
      const list = byCount([...ideas.values()]);
      return { aspect, count: list.reduce((sum, idea) => sum + idea.count, 0), ideas: list };
    }),
  );
}

/** The proposer, or a workspace admin, may adjust and schedule a proposal. */
export const mayManageProposal = (proposal: Proposal, userId: UserId, isAdmin: boolean): boolean =>
  isAdmin || proposal.proposerId === userId;
