import type { KnownBlock } from '@slack/types';
import type { Hackfest } from '../../domain/hackfest.ts';
import { type ListedProposal, PROPOSALS_LISTED } from '../../domain/proposal.ts';
import { textExamples } from '../../domain/scheduleText.ts';
import { COMMAND } from '../ids.ts';
import { note, section } from './blocks.ts';
import { slackDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { mentions } from './people.ts';
import { backingWords } from './proposal.ts';
import { escapeText, userText } from './text.ts';

/** Sections in one list message: a message holds 50 blocks, and the rest is summed up. */
const MOST_SHOWN = 30;

type Scope = 'channel' | 'all';

/** `/hackfest list`: the upcoming hackfests, then the open proposals, in this channel or all the person's. */
export function hackfestListMessage(
  entries: ReadonlyArray<{ hackfest: Hackfest; taken: number; partOf?: string }>,
  scope: Scope,
  { proposals = [], now }: { proposals?: readonly ListedProposal[]; now: number },
): EphemeralMessage {
  const where = scope === 'all' ? 'in your channels' : 'in this channel';
  const listed = onePerSeries(entries);
  const blocks: KnownBlock[] =
    entries.length === 0
      ? [
          section(
            `:calendar: No upcoming hackfests ${where}. Schedule one with \`${COMMAND} schedule\`, or directly: \`${COMMAND} schedule ${escapeText(textExamples(now, 'UTC').schedule)}\`.`,
          ),
        ]
      : [
          section(`*Upcoming hackfests ${where}*`),
          ...listed
            .slice(0, MOST_SHOWN)
            .map(({ hackfest, taken, laterDates }) =>
              section(
                [
                  `*${userText(hackfest.title, 150)}*${scope === 'all' ? ` in <#${hackfest.channelId}>` : ''}`,
                  `${slackDate(hackfest.startsAt, hackfest.timeZone)} · ${taken}/${hackfest.slots} demo slots taken · organized by ${mentions([hackfest.organizerId, ...hackfest.coOrganizerIds])}`,
                  ...(laterDates > 0
                    ? [`:repeat: and ${laterDates} more ${laterDates === 1 ? 'date' : 'dates'} of this series`]
                    : []),
                ].join('\n'),
              ),
            ),
          ...more(listed.length - MOST_SHOWN),
        ];
  if (proposals.length > 0)
    blocks.push(
      { type: 'divider' },
      section(`*Open proposals ${where}*`),
      ...proposals
        .slice(0, PROPOSALS_LISTED)
        .map(({ proposal, backing, youBack }) =>
          section(
            `:bulb: *${userText(proposal.title, 150)}*${scope === 'all' ? ` in <#${proposal.channelId}>` : ''} · proposed by <@${proposal.proposerId}> · ${backingWords(backing, youBack)}`,
          ),
        ),
      ...(proposals.length > PROPOSALS_LISTED
        ? [note(`…and older ones: these are the ${PROPOSALS_LISTED} newest.`)]
        : []),
    );
  const text = entries.length === 0 ? `No upcoming hackfests ${where}` : `Upcoming hackfests ${where}`;
  return { response_type: 'ephemeral', text, blocks };
}

/**
 * Each series once, at its next date (entries come in start order), with how many later dates it has; the parts of a
 * series moved "from this date on" are one series.
 */
function onePerSeries<Entry extends { hackfest: Hackfest; partOf?: string }>(entries: readonly Entry[]) {
  const later = Map.groupBy(entries, (entry) => entry.partOf ?? entry.hackfest.seriesId ?? entry.hackfest.id);
  return [...later.values()].map((dates) => ({ ...(dates[0] as Entry), laterDates: dates.length - 1 }));
}

const more = (hidden: number): KnownBlock[] => (hidden > 0 ? [note(`…and ${hidden} more.`)] : []);
