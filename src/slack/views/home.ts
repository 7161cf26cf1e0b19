import type { HomeView } from '@slack/types';
import { ACTIONS, COMMAND } from '../ids.ts';

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
    ],
  };
}
