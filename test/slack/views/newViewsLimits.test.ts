import { describe, expect, it } from 'vitest';
import { type Feedback, summarize } from '../../../src/domain/feedback.ts';
import type { FeedbackReport, Home } from '../../../src/ports.ts';
import { feedbackPrompt, feedbackSummaryBlocks, wrapUpMessage } from '../../../src/slack/views/feedback.ts';
import { feedbackModal } from '../../../src/slack/views/feedbackModal.ts';
import { homeView } from '../../../src/slack/views/home.ts';
import { proposalMessage } from '../../../src/slack/views/proposal.ts';
import { proposalModal } from '../../../src/slack/views/proposalModal.ts';
import { suggestModal } from '../../../src/slack/views/suggestModal.ts';
import { markupOf } from '../../support/blocks.ts';
import { aDemo, aHackfest, aProposal, aSeries } from '../../support/builders.ts';
import { checkBlockKit } from '../../support/fakeSlack/index.ts';

/** The worst a person can type: long, growing when escaped, and pinging. */
const HOSTILE = '<!channel>&'.repeat(14).slice(0, 150);
const HOSTILE_LONG = '<!here> & <@U123> '.repeat(60).slice(0, 1000);
const NOW = Date.parse('2026-11-23T09:00:00Z');
const hackfest = aHackfest({ id: 'hf-1', title: HOSTILE, emceeId: 'U5', timekeeperId: 'U6' });
const demos = Array.from({ length: 120 }, (_, index) =>
  aDemo({ id: `d${index}`, hackfestId: 'hf-1', title: HOSTILE, teamIds: ['U2', 'U3'], seq: index + 1 }),
);
const changeTo = (text: string) => ({ leaning: 'less' as const, changeTo: text });
const feedback: Feedback[] = Array.from({ length: 300 }, (_, index) => ({
  hackfestId: 'hf-1',
  userId: `U${index}`,
  rating: (index % 5) + 1,
  favouriteDemoId: `d${index % 120}`,
  aspects: {
    frequency: changeTo(`${HOSTILE.slice(0, 140)}${index}`),
    length: changeTo(HOSTILE),
    topics: changeTo(HOSTILE),
    format: changeTo(HOSTILE),
  },
  comment: HOSTILE_LONG,
  anonymous: index % 2 === 0,
  at: index,
}));
const report: FeedbackReport = {
  hackfest,
  presented: demos,
  window: { hackfestId: 'hf-1', openedAt: NOW, closesAt: NOW + 1, closedAt: null },
  summary: summarize(feedback, hackfest),
};
const proposal = aProposal({
  title: HOSTILE,
  why: HOSTILE_LONG,
  format: HOSTILE.slice(0, 100),
  topics: Array.from({ length: 10 }, () => HOSTILE.slice(0, 50)),
  adjustments: Array.from({ length: 30 }, () => ({
    what: 'title',
    from: HOSTILE,
    to: HOSTILE_LONG,
    at: 1,
    by: 'U1',
    answersSuggestions: false,
  })),
});
const manyBackers = Array.from({ length: 500 }, (_, index) => `U${index}`);
const tallies = (['frequency', 'length', 'topics', 'format', 'other'] as const).map((aspect) => ({
  aspect,
  count: 100,
  ideas: Array.from({ length: 50 }, () => ({ text: 'x'.repeat(500), count: 2 })),
}));
const home: Home = {
  now: NOW,
  upcoming: Array.from({ length: 13 }, () => ({
    hackfest,
    involvement: [{ role: 'organizer' }, { role: 'presenter', position: 3, demoTitle: HOSTILE }],
    series: { series: aSeries({ title: HOSTILE, rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }), laterDates: 40 },
  })),
  unreadUpcoming: true,
  inYourChannels: { shown: Array.from({ length: 5 }, () => ({ hackfest, taken: 100 })), more: 200 },
  proposals: Array.from({ length: 9 }, () => ({ proposal, backing: 40, youBack: true })),
  past: Array.from({ length: 6 }, () => ({ hackfest, window: report.window, responses: 300 })),
  latestFeedback: report,
};

describe('Block Kit limits and escaping of proposals, feedback and the App Home', () => {
  it.each([
    [
      'a proposal with 500 backers and long suggestions',
      proposalMessage({ proposal, backerIds: manyBackers, tallies }),
    ],
    ['a feedback prompt', feedbackPrompt(hackfest, report.window)],
    ['a closed feedback prompt', feedbackPrompt(hackfest, { ...report.window, closedAt: NOW }, 300)],
    ['a wrap-up of 120 demos', wrapUpMessage(report)],
    ['a summary of 300 answers', { text: 'summary', blocks: feedbackSummaryBlocks(report, NOW) }],
  ])(
    'when the app renders %s from hostile user text, then it is within message limits and pings no one',
    (_what, message) => {
      expect(checkBlockKit('message', message.blocks)).toEqual([]);
      expect(markupOf(message).join('\n')).not.toMatch(/<!(channel|here)>/);
    },
  );

  it('when a busy organizer opens the Home tab, then it is within the home view limits and pings no one', () => {
    const view = homeView(home);

    expect(checkBlockKit('home', view.blocks, view)).toEqual([]);
    expect(markupOf(view as unknown as Record<string, unknown>).join('\n')).not.toMatch(/<!(channel|here)>/);
  });

  it('when the app opens the proposal, suggestion and feedback forms, then they are within modal limits', () => {
    for (const modal of [
      proposalModal({ kind: 'propose', channelId: 'C1', title: 'x'.repeat(400) }),
      proposalModal({ kind: 'adjust', proposal }),
      suggestModal(proposal),
      feedbackModal(hackfest, demos, feedback[0], 'C1'),
    ])
      expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
  });
});
