import type { KnownBlock } from '@slack/types';
import type { Hackfest } from '../../domain/hackfest.ts';
import { type ListedProposal, PROPOSALS_LISTED } from '../../domain/proposal.ts';
import { textExamples } from '../../domain/scheduleText.ts';
import { COMMAND } from '../ids.ts';
import { note, section } from './blocks.ts';
import { slackDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { escapeText, userText } from './text.ts';

/** Sections in one list message: a message holds 50 blocks, and the rest is summed up. */
const MOST_SHOWN = 30;

type Scope = 'channel' | 'all';

/** `/hackfest list`: the upcoming hackfests, then the open proposals, in this channel or all the person's. */
export function hackfestListMessage(
  entries: ReadonlyArray<{ hackfest: Hackfest; taken: number }>,
  scope: Scope,
  { proposals = [], now }: { proposals?: readonly ListedProposal[]; now: number },
): EphemeralMessage {
  const where = scope === 'all' ? 'in your channels' : 'in this channel';
  const blocks: KnownBlock[] =
    entries.length === 0
      ? [
          section(
            `:calendar: No upcoming hackfests ${where}. Schedule one with \`${COMMAND} schedule\`, or directly: \`${COMMAND} schedule ${escapeText(textExamples(now, 'UTC').schedule)}\`.`,
          ),
        ]
      : [
          section(`*Upcoming hackfests ${where}*`),
          ...entries
            .slice(0, MOST_SHOWN)
            .map(({ hackfest, taken }) =>
              section(
                [
                  `*${userText(hackfest.title, 150)}*${scope === 'all' ? ` in <#${hackfest.channelId}>` : ''}`,
                  `${slackDate(hackfest.startsAt, hackfest.timeZone)} · ${taken}/${hackfest.slots} demo slots taken · organized by <@${hackfest.organizerId}>`,
                ].join('\n'),
              ),
            ),
          ...more(entries.length - MOST_SHOWN),
        ];
  if (proposals.length > 0)
    blocks.push(
      { type: 'divider' },
      section(`*Open proposals ${where}*`),
      ...proposals
        .slice(0, PROPOSALS_LISTED)
        .map(({ proposal, backing }) =>
          section(
            `:bulb: *${userText(proposal.title, 150)}*${scope === 'all' ? ` in <#${proposal.channelId}>` : ''} · proposed by <@${proposal.proposerId}> · ${backing} backing`,
          ),
        ),
      ...(proposals.length > PROPOSALS_LISTED ? [note('…and more: your App Home lists every open proposal.')] : []),
    );
  const text = entries.length === 0 ? `No upcoming hackfests ${where}` : `Upcoming hackfests ${where}`;
  return { response_type: 'ephemeral', text, blocks };
}

const more = (hidden: number): KnownBlock[] => (hidden > 0 ? [note(`…and ${hidden} more.`)] : []);
