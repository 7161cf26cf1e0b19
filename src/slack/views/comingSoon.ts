import type { ModalView } from '@slack/types';
import { COMMAND } from '../ids.ts';

/** A modal for a button whose capability is still being built, so no click goes unanswered. */
export function comingSoonModal(feature: string): ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Hackfest' },
    close: { type: 'plain_text', text: 'Close' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:construction: ${feature} are coming soon. \`${COMMAND} help\` shows what works today.`,
        },
      },
    ],
  };
}
