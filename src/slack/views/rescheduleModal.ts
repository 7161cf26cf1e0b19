import type { InputBlock, ModalView } from '@slack/types';
import type { Audience } from '../../domain/audience.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { slackDate } from './dates.ts';
import { formOrigin } from './formOrigin.ts';
import { VALUE } from './inputs.ts';
import { userText } from './text.ts';
import { toldSentence } from './told.ts';

/**
 * The reschedule form for one hackfest, its id and the channel it was opened in (if any) in private_metadata. It says
 * whom moving this date tells, and offers `typedStart` (what the person typed before picking among several
 * hackfests), or else the current start.
 */
export function rescheduleModal(
  hackfest: Hackfest,
  told: Audience,
  { typedStart, openedIn = null }: { typedStart?: number; openedIn?: string | null } = {},
): ModalView {
  const laterDates = hackfest.seriesId ? ' Moving later dates too tells whoever those concern as well.' : '';
  return {
    type: 'modal',
    callback_id: CALLBACKS.reschedule,
    private_metadata: formOrigin({ id: hackfest.id, channelId: openedIn }),
    title: { type: 'plain_text', text: 'Reschedule' },
    submit: { type: 'plain_text', text: 'Move it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${userText(hackfest.title, 150)}* now starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}. ${toldSentence(told, 'coming', ' the new time')}${laterDates}`,
        },
      },
      {
        type: 'input',
        block_id: FIELDS.start,
        label: { type: 'plain_text', text: 'New start' },
        element: {
          type: 'datetimepicker',
          action_id: VALUE,
          initial_date_time: Math.floor((typedStart ?? hackfest.startsAt) / 1000),
        },
      },
      ...(hackfest.seriesId ? [scopeInput()] : []),
    ],
  };
}

export const SCOPES = { one: 'one', following: 'following' } as const;

/** For a date of a series: move only it, or it and every later date (the series from then on). */
function scopeInput(): InputBlock {
  const one = { text: { type: 'plain_text' as const, text: 'Only this date' }, value: SCOPES.one };
  const following = {
    text: { type: 'plain_text' as const, text: 'This and every later date of the series' },
    value: SCOPES.following,
  };
  return {
    type: 'input',
    block_id: FIELDS.scope,
    label: { type: 'plain_text', text: 'Which dates' },
    element: { type: 'radio_buttons', action_id: VALUE, options: [one, following], initial_option: one },
  };
}
