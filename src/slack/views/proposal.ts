import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import { type Adjustment, type Aspect, FREQUENCY_LABELS, type SuggestionTally } from '../../domain/proposal.ts';
import type { ProposalState } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { button, field, note, section } from './blocks.ts';
import { mentions } from './people.ts';
import { truncate, userLine, userText } from './text.ts';

/** Backers named on the message; the rest are counted. */
const BACKERS_NAMED = 8;
/** Aspects and ideas per aspect shown; the rest are summed up so the message stays within a section's limits. */
const IDEAS_SHOWN = 3;
const IDEA_SHOWN = 120;
const ADJUSTMENTS_SHOWN = 5;
const CHANGE_SHOWN = 60;

const ASPECT_WORDS: Record<Aspect, string> = {
  frequency: 'Frequency',
  length: 'Length',
  topics: 'Topics',
  format: 'Format',
  other: 'Other',
};

/** A proposal's channel message: what is proposed, who backs it, what people suggest, and what the proposer adjusted. */
export function proposalMessage({ proposal, backerIds, tallies }: ProposalState): {
  text: string;
  blocks: KnownBlock[];
} {
  const scheduled = proposal.scheduled;
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: truncate(`Proposal: ${proposal.title}`, 150) } },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `<@${proposal.proposerId}> proposes:\n>${userText(proposal.why, 1_500).replaceAll('\n', '\n>')}`,
      },
    },
    {
      type: 'section',
      fields: [
        field('Format', proposal.format ? userText(proposal.format, 200) : 'open'),
        field('Length', formatDuration(proposal.durationMs)),
        field('How often', FREQUENCY_LABELS[proposal.frequency]),
        field('Topics', proposal.topics.length ? userText(proposal.topics.join(', '), 1_500) : 'any'),
      ],
    },
  ];
  const adjustments = proposal.adjustments.slice(-ADJUSTMENTS_SHOWN);
  if (adjustments.length > 0) blocks.push(note(`:pencil2: ${adjustmentsText(adjustments)}`));
  blocks.push(section(backingLine(backerIds)));
  if (tallies.length > 0) blocks.push(section(suggestionsText(tallies)));
  if (scheduled)
    blocks.push(
      note(
        // No date: the hackfest may be moved or cancelled later, and its announcement always says where it stands.
        `:calendar: Scheduled: see the announcement in <#${scheduled.channelId}> for its date and line-up. Thanks to everyone who backed it!`,
      ),
    );
  else blocks.push({ type: 'actions', elements: buttons(proposal.id) });
  const text = `Proposal: ${userText(proposal.title, 150)}, by <@${proposal.proposerId}> (${backerIds.length} backing)`;
  return { text, blocks };
}

/**
 * `length: 2 days → 1 day, adjusted after feedback · topics: any → AI, adjusted by @ana`: changes in the order made,
 * those in a row that answer suggestions (or, answering none, were made by the same person) said so once.
 */
function adjustmentsText(adjustments: readonly Adjustment[]): string {
  const why = (each: Adjustment) => (each.answersSuggestions ? 'adjusted after feedback' : `adjusted by <@${each.by}>`);
  const runs: Array<{ why: string; changes: string[] }> = [];
  for (const each of adjustments) {
    const change = `${each.what}: ${userLine(each.from, CHANGE_SHOWN)} → ${userLine(each.to, CHANGE_SHOWN)}`;
    const last = runs.at(-1);
    if (last?.why === why(each)) last.changes.push(change);
    else runs.push({ why: why(each), changes: [change] });
  }
  return runs.map((run) => `${run.changes.join(' · ')}, ${run.why}`).join(' · ');
}

function backingLine(backerIds: readonly string[]): string {
  if (backerIds.length === 0) return ':raised_hands: No backers yet: be the first.';
  const named = mentions(backerIds.slice(0, BACKERS_NAMED));
  const more = backerIds.length - BACKERS_NAMED;
  const people = backerIds.length === 1 ? 'person backs' : 'people back';
  return `:raised_hands: *${backerIds.length} ${people} this:* ${named}${more > 0 ? ` and ${more} more` : ''}`;
}

function suggestionsText(tallies: readonly SuggestionTally[]): string {
  const lines = tallies.map(({ aspect, count, ideas }) => {
    const shown = ideas
      .slice(0, IDEAS_SHOWN)
      .map((idea) => `“${userLine(idea.text, IDEA_SHOWN)}”${idea.count > 1 ? ` ×${idea.count}` : ''}`);
    const more = ideas.length - IDEAS_SHOWN;
    return `• *${ASPECT_WORDS[aspect]}* (${count}): ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
  });
  return ['*Suggested changes*', ...lines].join('\n');
}

function buttons(proposalId: string) {
  return [
    button(ACTIONS.backProposal, 'Back this', proposalId, { style: 'primary' }),
    button(ACTIONS.suggestChange, 'Suggest a change', proposalId),
    button(ACTIONS.adjustProposal, 'Adjust', proposalId),
    button(ACTIONS.scheduleProposal, 'Schedule it', proposalId),
  ];
}

/** A listed proposal's backing as its viewer reads it: "3 backing", with "you among them" when they back it. */
export const backingWords = (backing: number, youBack: boolean): string =>
  `${backing} backing${youBack ? ', you among them' : ''}`;
