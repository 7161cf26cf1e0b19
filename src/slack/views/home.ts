import type { HomeView, KnownBlock } from '@slack/types';
import type { DashboardEntry, Involvement } from '../../domain/dashboard.ts';
import type { ListedProposal } from '../../domain/proposal.ts';
import { ACTIONS, COMMAND } from '../ids.ts';
import { slackDate } from './dates.ts';
import { userText } from './text.ts';

const ROLE_WORDS = { organizer: 'organizer', emcee: 'emcee', timekeeper: 'timekeeper' } as const;

const describe = (involvement: Involvement) =>
  involvement.role === 'presenter'
    ? `presenting *${userText(involvement.demoTitle, 80)}* (number ${involvement.position})`
    : involvement.role === 'waitlisted'
      ? `*${userText(involvement.demoTitle, 80)}* on the waitlist (number ${involvement.position})`
      : ROLE_WORDS[involvement.role];

/** Hackfests shown on the Home tab; a home view holds 100 blocks. */
const MOST_SHOWN = 40;

/** Open proposals shown on the Home tab, each a section and its button. */
const PROPOSALS_SHOWN = 10;

/** A person's App Home: the upcoming hackfests they have a part in and the open proposals, or the empty state. */
export function homeView(entries: readonly DashboardEntry[], proposals: readonly ListedProposal[] = []): HomeView {
  if (entries.length === 0 && proposals.length === 0) return emptyHomeView();
  const shown = entries.slice(0, MOST_SHOWN).map(
    ({ hackfest, involvement }): KnownBlock => ({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `*${userText(hackfest.title, 150)}* in <#${hackfest.channelId}>\n${slackDate(hackfest.startsAt, hackfest.timeZone)} · you: ${involvement.map(describe).join(', ')}`,
      },
    }),
  );
  const more = entries.length - shown.length;
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Your hackfests' } },
      ...shown,
      ...(more > 0
        ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: `…and ${more} more.` }] }]
        : []),
      ...(shown.length === 0
        ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: 'None yet.' }] }]
        : []),
      ...proposalBlocks(proposals),
      { type: 'divider' },
      ...whereToBegin(),
    ],
  };
}

/** The App Home of someone with no hackfests yet: what the app is, in three lines, and where to begin. */
export function emptyHomeView(): HomeView {
  return {
    type: 'home',
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: 'Hackfest' } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: [
            ':bulb: *Propose* a hackfest and gather backing from your colleagues.',
            ':calendar: *Schedule* it once or as a series; sign-ups and reminders run in the channel.',
            ':bell: *Run the show*: a timer for every demo, and the gong when one runs long.',
          ].join('\n'),
        },
      },
      ...whereToBegin(),
    ],
  };
}

/** The "Propose a hackfest" button and where to find the commands. */
function whereToBegin(): KnownBlock[] {
  return [
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.proposeHackfest,
          text: { type: 'plain_text', text: 'Propose a hackfest' },
          style: 'primary',
        },
      ],
    },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `Or type \`${COMMAND} help\` in any channel the app is in.` }],
    },
  ];
}

/** Open proposals, newest first, each with its backing and a "Back this" button. */
function proposalBlocks(proposals: readonly ListedProposal[]): KnownBlock[] {
  if (proposals.length === 0) return [];
  return [
    { type: 'header', text: { type: 'plain_text', text: 'Open proposals' } },
    ...proposals.slice(0, PROPOSALS_SHOWN).map(
      ({ proposal, backing }): KnownBlock => ({
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:bulb: *${userText(proposal.title, 150)}* in <#${proposal.channelId}>\nproposed by <@${proposal.proposerId}> · ${backing} backing`,
        },
        accessory: {
          type: 'button',
          action_id: ACTIONS.backProposal,
          text: { type: 'plain_text', text: 'Back this' },
          value: proposal.id,
        },
      }),
    ),
  ];
}
