import type { KnownBlock, ModalView } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import { type Demo, lineup, presenters, signupsOpen } from '../../domain/lineup.ts';
import { ACTIONS, CALLBACKS } from '../ids.ts';
import { mentions } from './people.ts';
import { userText } from './text.ts';

/** A modal holds 100 blocks; the few around the line-up leave room for this many demos, each with its menu. */
const SHOWN = 90;

const move = (text: string, value: string) => ({ text: { type: 'plain_text' as const, text }, value });

/** "Manage line-up", for organizers: reorder the stage, shuffle it, and reopen or close sign-ups. */
export function lineupModal(hackfest: Hackfest, demos: readonly Demo[], now: number): ModalView {
  const { onStage, waitlist } = lineup(demos, hackfest.slots);
  const open = signupsOpen(hackfest, now);
  const rows = onStage.slice(0, SHOWN).map(
    (demo, index): KnownBlock => ({
      type: 'section',
      block_id: `demo-${demo.id}`,
      text: {
        type: 'mrkdwn',
        text: `${index + 1}. *${userText(demo.title, 80)}* · ${mentions(presenters(demo))} · ${formatDuration(demo.lengthMs)}`,
      },
      accessory: {
        type: 'overflow',
        action_id: ACTIONS.moveDemo,
        options: [
          move('Move up', `up:${demo.id}`),
          move('Move down', `down:${demo.id}`),
          move('Move to the end', `end:${demo.id}`),
        ],
      },
    }),
  );
  const hidden = onStage.length - rows.length;
  return {
    type: 'modal',
    callback_id: CALLBACKS.manageLineup,
    private_metadata: hackfest.id,
    title: { type: 'plain_text', text: 'Manage line-up' },
    close: { type: 'plain_text', text: 'Done' },
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*${userText(hackfest.title, 150)}*: ${onStage.length}/${hackfest.slots} on stage, ${waitlist.length} waiting. Sign-ups are ${open ? 'open' : 'closed'}.`,
        },
      },
      ...(rows.length > 0
        ? rows
        : [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'No demos yet.' } }]),
      ...(hidden > 0
        ? [{ type: 'context' as const, elements: [{ type: 'mrkdwn' as const, text: `…and ${hidden} more.` }] }]
        : []),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.shuffleLineup,
            text: { type: 'plain_text', text: 'Shuffle' },
            value: hackfest.id,
          },
          {
            type: 'button',
            action_id: ACTIONS.toggleSignups,
            text: { type: 'plain_text', text: hackfest.signupsReopened ? 'Close sign-ups again' : 'Reopen sign-ups' },
            value: `${hackfest.signupsReopened ? 'close' : 'open'}:${hackfest.id}`,
          },
          {
            type: 'button',
            action_id: ACTIONS.toggleOneDemoEach,
            text: { type: 'plain_text', text: hackfest.oneDemoEach ? 'Allow several demos each' : 'One demo each' },
            value: `${hackfest.oneDemoEach ? 'several' : 'one'}:${hackfest.id}`,
          },
        ],
      },
    ],
  };
}
