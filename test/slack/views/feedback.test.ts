import { describe, expect, it } from 'vitest';
import { type AspectAnswer, type Feedback, summarize } from '../../../src/domain/feedback.ts';
import type { FeedbackReport } from '../../../src/ports.ts';
import { feedbackSummaryBlocks } from '../../../src/slack/views/feedback.ts';
import { whatPeopleAskedFor } from '../../../src/slack/views/feedbackReplies.ts';
import { aFeedbackAnswer, aHackfest } from '../../support/builders.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const THIRTY_MINUTES = 30 * 60_000;
const hackfest = aHackfest({ id: 'hf-1', durationMs: THIRTY_MINUTES });
const unanswered: AspectAnswer = { leaning: null, changeTo: '' };
const answer = (userId: string, aspects: Partial<Feedback['aspects']> = {}): Feedback => ({
  ...aFeedbackAnswer({
    aspects: { frequency: unanswered, length: unanswered, topics: unanswered, format: unanswered, ...aspects },
  }),
  hackfestId: 'hf-1',
  userId,
  at: NOW,
});
const summaryText = (feedback: Feedback[]) => {
  const report: FeedbackReport = {
    hackfest,
    presented: [],
    window: { hackfestId: 'hf-1', openedAt: NOW, closesAt: NOW + 1, closedAt: null },
    summary: summarize(feedback, hackfest),
  };
  return JSON.stringify(feedbackSummaryBlocks(report, NOW));
};

describe('the feedback summary', () => {
  it('when only the length was answered, then the other aspects are left out, not shown as zeros', () => {
    const text = summaryText([answer('U1', { length: { leaning: 'less', changeTo: '' } })]);

    expect(text).toContain('*What people would change*\\n• *Length*: 1 shorter"');
    expect(text).not.toContain('How often');
    expect(text).not.toMatch(/more 0|same 0|less 0/);
  });

  it('when nobody answered any aspect, then it says "no answers" once', () => {
    const text = summaryText([answer('U1'), answer('U2')]);

    expect(text).toContain('*What people would change*: no answers');
    expect(text).not.toContain('Length');
  });

  it('when a "change to" names a length, then it is counted with the way it leans, and others are quoted as said', () => {
    const text = summaryText([
      answer('U1', { length: { leaning: 'less', changeTo: '' } }),
      answer('U2', { length: { leaning: null, changeTo: '2h' } }),
      answer('U3', { topics: { leaning: null, changeTo: 'AI only' } }),
    ]);

    expect(text).toContain('*Length*: 1 longer (“2h”), 1 shorter');
    expect(text).toContain('*Topics*: 1 said: change to “AI only”');
  });
});

describe('what people asked for, above the next one’s form', () => {
  it('when one asked for shorter and one to change a 30m hackfest to 2h, then both are told, not "shorter"', () => {
    const { aspects } = summarize(
      [
        answer('U1', { length: { leaning: 'less', changeTo: '' } }),
        answer('U2', { length: { leaning: null, changeTo: '2h' } }),
      ],
      hackfest,
    );

    expect(whatPeopleAskedFor(aspects)).toEqual(['Length: 1 shorter, 1 longer (“2h”)']);
  });

  it('when everyone wanted it as it was, then nobody asked for anything', () => {
    const { aspects } = summarize([answer('U1', { length: { leaning: 'same', changeTo: '' } })], hackfest);

    expect(whatPeopleAskedFor(aspects)).toEqual([]);
  });
});
