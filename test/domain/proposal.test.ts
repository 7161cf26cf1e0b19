import { describe, expect, it } from 'vitest';
import {
  adjustmentsBetween,
  type ProposalDraft,
  parseTopics,
  readProposal,
  recurrenceFor,
  type Suggestion,
  tallySuggestions,
} from '../../src/domain/proposal.ts';

const DAY = 24 * 3_600_000;
const draft = (overrides: Partial<ProposalDraft> = {}): ProposalDraft => ({
  title: 'Winter Hackfest',
  why: 'Ship the ideas we never get to.',
  format: 'demo day',
  length: '2 days',
  frequency: 'monthly',
  topics: 'AI, tooling',
  channelId: 'C111',
  ...overrides,
});
const suggestion = (aspect: Suggestion['aspect'], text: string): Suggestion => ({ userId: 'U2', aspect, text, at: 0 });

describe('reading a proposal', () => {
  it('when every field is sound, then it reads into details and a channel', () => {
    expect(readProposal(draft())).toEqual({
      ok: true,
      channelId: 'C111',
      details: {
        title: 'Winter Hackfest',
        why: 'Ship the ideas we never get to.',
        format: 'demo day',
        durationMs: 2 * DAY,
        frequency: 'monthly',
        topics: ['AI', 'tooling'],
      },
    });
  });

  it('when several fields are wrong, then each is named with an example, all at once', () => {
    const read = readProposal(
      draft({ title: ' ', why: '', length: 'forever', frequency: 'hourly', topics: 'x'.repeat(51), channelId: null }),
    );

    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors.map((error) => error.field)).toEqual([
      'title',
      'why',
      'length',
      'frequency',
      'topics',
      'channel',
    ]);
    expect(read.errors.find((error) => error.field === 'length')?.message).toContain('e.g. 3h or 1 day');
  });

  it('when the title is over 150 characters, then it is refused', () => {
    const read = readProposal(draft({ title: 'x'.repeat(151) }));
    expect(read.ok ? [] : read.errors.map((error) => error.field)).toEqual(['title']);
  });

  it('when topics repeat or are empty, then each counts once, as first typed', () => {
    expect(parseTopics(' AI, ,tooling,ai ,  docs  and   more')).toEqual(['AI', 'tooling', 'docs and more']);
  });
});

describe('adjustments', () => {
  it('when the proposer changes the length and topics, then exactly those are worded, from → to', () => {
    const before = {
      title: 'T',
      why: 'W',
      format: 'demo day',
      durationMs: 2 * DAY,
      frequency: 'monthly',
      topics: ['AI'],
    } as const;
    const after = { ...before, durationMs: DAY, topics: ['AI', 'docs'] };

    expect(adjustmentsBetween({ ...before, topics: ['AI'] }, after, { at: 5, by: 'U1', suggestions: [] })).toEqual([
      { what: 'length', from: '2 days', to: '1 day', at: 5, by: 'U1', answersSuggestions: false },
      { what: 'topics', from: 'AI', to: 'AI, docs', at: 5, by: 'U1', answersSuggestions: false },
    ]);
  });

  it('when someone had suggested a change to an aspect before, then adjusting it answers suggestions; others do not', () => {
    const before = { title: 'T', why: 'W', format: '', durationMs: 2 * DAY, frequency: 'once' as const, topics: [] };
    const after = { ...before, title: 'T2', durationMs: DAY, topics: ['AI'] };
    const suggestions = [
      { userId: 'U2', aspect: 'length' as const, text: 'one day', at: 4 },
      { userId: 'U3', aspect: 'topics' as const, text: 'AI', at: 6 },
    ];

    const answered = adjustmentsBetween(before, after, { at: 5, by: 'U1', suggestions }).map((each) => [
      each.what,
      each.answersSuggestions,
    ]);

    expect(answered).toEqual([
      ['title', false],
      ['length', true],
      ['topics', false],
    ]);
  });

  it('when nothing changed, then there is no adjustment', () => {
    const details = { title: 'T', why: 'W', format: '', durationMs: DAY, frequency: 'once' as const, topics: [] };
    expect(adjustmentsBetween(details, { ...details, topics: [] }, { at: 5, by: 'U1', suggestions: [] })).toEqual([]);
  });
});

describe('suggestion tallies', () => {
  it('when people suggest changes, then aspects come most suggested first, and the same idea is counted together', () => {
    const tallies = tallySuggestions([
      suggestion('format', 'Open hack'),
      suggestion('length', 'One day'),
      suggestion('length', 'one  day '),
      suggestion('length', 'Half a day'),
      suggestion('format', 'Themed build'),
      suggestion('length', 'ONE DAY'),
      suggestion('other', 'Pizza'),
    ]);

    expect(tallies).toEqual([
      {
        aspect: 'length',
        count: 4,
        ideas: [
          { text: 'One day', count: 3 },
          { text: 'Half a day', count: 1 },
        ],
      },
      {
        aspect: 'format',
        count: 2,
        ideas: [
          { text: 'Open hack', count: 1 },
          { text: 'Themed build', count: 1 },
        ],
      },
      { aspect: 'other', count: 1, ideas: [{ text: 'Pizza', count: 1 }] },
    ]);
  });

  it('when there are no suggestions, then there is no tally', () => {
    expect(tallySuggestions([])).toEqual([]);
  });
});

describe('scheduling from a proposal', () => {
  it('when a proposal says how often, then the schedule form repeats the same way', () => {
    expect(recurrenceFor('once')).toEqual({ choice: 'none' });
    expect(recurrenceFor('every-2-weeks')).toEqual({ choice: 'every_n_weeks', everyNWeeks: 2 });
    expect(recurrenceFor('monthly')).toEqual({ choice: 'monthly_weekday' });
  });
});
