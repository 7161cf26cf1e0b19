import type { KnownBlock } from '@slack/types';
import type { Audience } from '../../domain/audience.ts';
import type { Hackfest, Series } from '../../domain/hackfest.ts';
import { ACTIONS } from '../ids.ts';
import { slackDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { userText } from './text.ts';
import { toldSentence } from './told.ts';

const confirmDialog = (text: string) => ({
  title: { type: 'plain_text' as const, text: 'Are you sure?' },
  text: { type: 'plain_text' as const, text },
  confirm: { type: 'plain_text' as const, text: 'Yes, cancel it' },
  deny: { type: 'plain_text' as const, text: 'Keep it' },
  style: 'danger' as const,
});

/**
 * What cancelling will do (and whom it tells, besides the person asking), and the button that does it; nothing
 * changes until it is clicked and confirmed.
 */
export function cancelPromptMessage(hackfest: Hackfest, series: Series | null, told: Audience): EphemeralMessage {
  const shown = hackfest.announcement
    ? ' Its announcement will say so.'
    : series
      ? ' The series will skip that date.'
      : '';
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Cancel *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)}?${shown} ${toldSentence(told, 'coming')}`,
      },
    },
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.confirmCancel,
          style: 'danger',
          text: { type: 'plain_text', text: series ? 'Cancel this date' : 'Cancel this hackfest' },
          value: `occurrence:${hackfest.id}`,
          confirm: confirmDialog('The hackfest is cancelled and everyone concerned is told.'),
        },
        ...(series
          ? [
              {
                type: 'button' as const,
                action_id: ACTIONS.confirmEndSeries,
                style: 'danger' as const,
                text: { type: 'plain_text' as const, text: 'End the whole series' },
                value: `series:${series.id}`,
                confirm: confirmDialog('Every coming date of the series is cancelled and everyone concerned is told.'),
              },
            ]
          : []),
      ],
    },
  ];
  return { response_type: 'ephemeral', text: 'Cancel this hackfest?', blocks };
}
