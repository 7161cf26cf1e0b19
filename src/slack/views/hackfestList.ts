import type { KnownBlock } from '@slack/types';
import type { Hackfest } from '../../domain/hackfest.ts';
import { COMMAND } from '../ids.ts';
import { slackDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { userText } from './text.ts';

/** Sections in one list message: a message holds 50 blocks, and the rest is summed up. */
const MOST_SHOWN = 40;

export function hackfestListMessage(
  entries: ReadonlyArray<{ hackfest: Hackfest; taken: number }>,
  scope: 'channel' | 'all',
): EphemeralMessage {
  const where = scope === 'all' ? 'in your channels' : 'in this channel';
  if (entries.length === 0) {
    const text = `:calendar: No upcoming hackfests ${where}. Schedule one with \`${COMMAND} schedule\`, or directly: \`${COMMAND} schedule "Winter Hackfest" 2026-12-11 14:00 3h slots 8 demo 5m\`.`;
    return { response_type: 'ephemeral', text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
  }
  const shown = entries.slice(0, MOST_SHOWN).map(
    ({ hackfest, taken }): KnownBlock => ({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: [
          `*${userText(hackfest.title, 150)}*${scope === 'all' ? ` in <#${hackfest.channelId}>` : ''}`,
          `${slackDate(hackfest.startsAt, hackfest.timeZone)} · ${taken}/${hackfest.slots} demo slots taken · organized by <@${hackfest.organizerId}>`,
        ].join('\n'),
      },
    }),
  );
  const more = entries.length - shown.length;
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: `*Upcoming hackfests ${where}*` } },
    ...shown,
  ];
  if (more > 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${more} more.` }] });
  return { response_type: 'ephemeral', text: `Upcoming hackfests ${where}`, blocks };
}
