import type { ModalView } from '@slack/types';
import type { Hackfest } from '../../domain/hackfest.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { slackDate } from './dates.ts';
import { VALUE } from './scheduleModal.ts';
import { userText } from './text.ts';

/** The reschedule form for one hackfest; its id travels in private_metadata. */
export function rescheduleModal(hackfest: Hackfest): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACKS.reschedule,
    private_metadata: hackfest.id,
    title: { type: 'plain_text', text: 'Reschedule' },
    submit: { type: 'plain_text', text: 'Move it' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${userText(hackfest.title, 150)}* now starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}. Its organizers are told the new time.`,
        },
      },
      {
        type: 'input',
        block_id: FIELDS.start,
        label: { type: 'plain_text', text: 'New start' },
        element: { type: 'datetimepicker', action_id: VALUE, initial_date_time: Math.floor(hackfest.startsAt / 1000) },
      },
    ],
  };
}
