import { describe, expect, it } from 'vitest';
import {
  type AspectTally,
  checkFeedback,
  type Feedback,
  type FeedbackAnswer,
  mostAskedFor,
  nextLength,
  summarize,
} from '../../src/domain/feedback.ts';
import { aFeedbackAnswer } from '../support/builders.ts';

const HOUR = 3_600_000;
const given = (userId: string, overrides: Partial<FeedbackAnswer> = {}): Feedback => ({
  ...aFeedbackAnswer(overrides),
  hackfestId: 'hf-1',
  userId,
  at: 0,
});
const tally = (overrides: Partial<AspectTally>): AspectTally => ({
  more: 0,
  same: 0,
  less: 0,
  changes: [],
  ...overrides,
});

describe('checking an answer', () => {
  it('when the rating is missing or the favourite was not presented, then each is named', () => {
    const errors = checkFeedback(aFeedbackAnswer({ rating: 0, favouriteDemoId: 'd9' }), ['d1', 'd2']);
    expect(errors.map((error) => error.field)).toEqual(['rating', 'favourite']);
  });

  it('when a "change to" text is too long, then its aspect is named with an example of that aspect', () => {
    const long = { leaning: null, changeTo: 'x'.repeat(151) };
    const aspects = { ...aFeedbackAnswer().aspects, length: long, topics: long };
    const errors = checkFeedback(aFeedbackAnswer({ aspects }), []);
    expect(errors).toEqual([
      { field: 'length', message: expect.stringContaining('e.g. "1 day"') },
      { field: 'topics', message: expect.stringContaining('e.g. "AI and tooling"') },
    ]);
  });

  it('when the answer is sound, then there is nothing to say', () => {
    expect(checkFeedback(aFeedbackAnswer({ rating: 5, favouriteDemoId: 'd1' }), ['d1'])).toEqual([]);
  });
});

describe('summing up feedback', () => {
  it('when several answered, then the summary counts ratings, favourites, leanings and changes asked for', () => {
    const shorter = { leaning: 'less' as const, changeTo: 'one day' };
    const summary = summarize(
      [
        given('U1', { rating: 5, favouriteDemoId: 'd1', aspects: { ...aFeedbackAnswer().aspects, length: shorter } }),
        given('U2', {
          rating: 4,
          favouriteDemoId: 'd1',
          aspects: { ...aFeedbackAnswer().aspects, length: { leaning: 'less', changeTo: 'One  Day' } },
        }),
        given('U3', { rating: 2, favouriteDemoId: 'd2', comment: 'Too long', anonymous: true }),
        given('U4', { rating: 4, comment: ' Loved it ' }),
      ],
      { durationMs: 3 * HOUR },
    );

    expect(summary.responses).toBe(4);
    expect(summary.averageRating).toBe(3.8);
    expect(summary.distribution).toEqual([0, 1, 0, 2, 1]);
    expect(summary.favourites).toEqual([
      { demoId: 'd1', votes: 2 },
      { demoId: 'd2', votes: 1 },
    ]);
    expect(summary.aspects.length).toEqual({
      more: 0,
      same: 2,
      less: 2,
      changes: [{ text: 'one day', count: 2, leaning: null }],
    });
    expect(summary.comments).toEqual([
      { text: 'Too long', by: null },
      { text: 'Loved it', by: 'U4' },
    ]);
  });

  it('when a "change to" names a length, then it counts as longer or shorter than the hackfest, whatever was picked beside it', () => {
    const length = (leaning: 'more' | 'less' | null, changeTo: string) =>
      aFeedbackAnswer({ aspects: { ...aFeedbackAnswer().aspects, length: { leaning, changeTo } } });
    const summary = summarize(
      [given('U1', length('less', '')), given('U2', length(null, '2h')), given('U3', length('less', '2 hours'))],
      { durationMs: 30 * 60_000 },
    );

    expect(summary.aspects.length).toEqual({
      more: 2,
      same: 0,
      less: 1,
      changes: [
        { text: '2h', count: 1, leaning: 'more' },
        { text: '2 hours', count: 1, leaning: 'more' },
      ],
    });
  });

  it('when nobody answered, then there is no average and nothing counted', () => {
    const summary = summarize([], { durationMs: 3 * HOUR });
    expect(summary.averageRating).toBeNull();
    expect(summary.distribution).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('what most people asked for', () => {
  it('when most lean one way, then that is the ask; a tie or a majority for "same" asks nothing', () => {
    expect(mostAskedFor(tally({ less: 3, more: 1, same: 2 }))).toEqual({ leaning: 'less' });
    expect(mostAskedFor(tally({ less: 2, more: 2 }))).toBeNull();
    expect(mostAskedFor(tally({ less: 1, same: 4 }))).toBeNull();
  });

  it('when a "change to" was asked more than any leaning, then it is the ask', () => {
    expect(mostAskedFor(tally({ less: 1, changes: [{ text: 'one day', count: 3, leaning: null }] }))).toEqual({
      changeTo: 'one day',
    });
  });

  it('when one asked for shorter and one to change a 30m hackfest to 2h, then nobody asked for shorter more than longer', () => {
    const summary = summarize(
      [
        given('U1', { aspects: { ...aFeedbackAnswer().aspects, length: { leaning: 'less', changeTo: '' } } }),
        given('U2', { aspects: { ...aFeedbackAnswer().aspects, length: { leaning: null, changeTo: '2h' } } }),
      ],
      { durationMs: 30 * 60_000 },
    );

    expect(mostAskedFor(summary.aspects.length)).toBeNull();
    expect(nextLength(30 * 60_000, mostAskedFor(summary.aspects.length))).toBe(30 * 60_000);
  });

  it('when most who leaned one way named the same length, then that length is the ask; else the leaning', () => {
    const named = { text: '1h', count: 2, leaning: 'less' as const };
    expect(mostAskedFor(tally({ less: 3, changes: [named] }))).toEqual({ changeTo: '1h' });
    expect(mostAskedFor(tally({ less: 4, changes: [named] }))).toEqual({ leaning: 'less' });
  });

  it('when the next length follows the ask, then it is a readable length within the limits', () => {
    expect(nextLength(3 * HOUR, { leaning: 'less' })).toBe(2 * HOUR);
    expect(nextLength(3 * HOUR, { leaning: 'more' })).toBe(4.5 * HOUR);
    expect(nextLength(3 * HOUR, { changeTo: '1 day' })).toBe(24 * HOUR);
    expect(nextLength(3 * HOUR, { changeTo: 'whatever works' })).toBe(3 * HOUR);
    expect(nextLength(15 * 60_000, { leaning: 'less' })).toBe(15 * 60_000);
    expect(nextLength(3 * HOUR, null)).toBe(3 * HOUR);
  });
});
