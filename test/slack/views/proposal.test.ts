import { describe, expect, it } from 'vitest';
import type { Adjustment } from '../../../src/domain/proposal.ts';
import { noticeMessage } from '../../../src/slack/views/notices.ts';
import { proposalMessage } from '../../../src/slack/views/proposal.ts';
import { aProposal } from '../../support/builders.ts';

const length: Adjustment = { what: 'length', from: '2 days', to: '1 day', at: 5, by: 'U1', answersSuggestions: false };
const topics: Adjustment = { what: 'topics', from: 'any', to: 'AI', at: 5, by: 'U1', answersSuggestions: true };
const shown = (adjustments: Adjustment[]) =>
  JSON.stringify(proposalMessage({ proposal: aProposal({ adjustments }), backerIds: [], tallies: [] }).blocks);

describe('a proposal’s adjustments on its message', () => {
  it('when the proposer adjusted it with nobody having suggested anything, then it says who adjusted it, not "after feedback"', () => {
    const text = shown([length]);

    expect(text).toContain('length: 2 days → 1 day, adjusted by <@U1>');
    expect(text).not.toContain('after feedback');
  });

  it('when an adjustment answers suggestions on its aspect, then that one says "adjusted after feedback"', () => {
    expect(shown([length, topics])).toContain(
      'length: 2 days → 1 day, adjusted by <@U1> · topics: any → AI, adjusted after feedback',
    );
  });
});

describe('what people suggested, on a proposal’s message', () => {
  it('when a suggestion or a changed "why" spans lines, then it stays on its own line of the list', () => {
    const why: Adjustment = { ...length, what: 'why', from: 'Ship ideas.\n\nAnd learn.', to: 'Learn.' };
    const text = JSON.stringify(
      proposalMessage({
        proposal: aProposal({ adjustments: [why] }),
        backerIds: [],
        tallies: [{ aspect: 'length', count: 1, ideas: [{ text: 'One day.\nTwo is long.', count: 1 }] }],
      }).blocks,
    );

    expect(text).toContain('• *Length* (1): “One day. Two is long.”');
    expect(text).toContain('why: Ship ideas. And learn. → Learn.');
  });
});

describe('the digest of adjustments for backers', () => {
  it('when nobody suggested the change, then the digest names who adjusted it and does not say "after feedback"', () => {
    const { text } = noticeMessage({
      kind: 'proposalAdjusted',
      proposal: aProposal({ proposerId: 'U9' }),
      adjustments: [{ ...length, by: 'U7' }, topics],
    });

    expect(text).toContain('<@U7>, <@U1> adjusted');
    expect(text).toContain('• length: 2 days → 1 day\n');
    expect(text).toContain('• topics: any → AI, after feedback');
  });

  it('when the "why" changed spans lines, then its change stays one item of the list', () => {
    const why: Adjustment = { ...length, what: 'why', from: 'Ship ideas.\n\nAnd learn.', to: 'Learn.' };
    const { text } = noticeMessage({ kind: 'proposalAdjusted', proposal: aProposal(), adjustments: [why] });

    expect(text).toContain('• why: Ship ideas. And learn. → Learn.');
  });
});
