import type { Button, KnownBlock, ModalView, SectionBlock } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import {
  type Demo,
  lineup,
  type Move,
  movesAt,
  presenters,
  type SignupWindow,
  signupWindow,
} from '../../domain/lineup.ts';
import type { Refusal } from '../../domain/refusals.ts';
import { ACTIONS, CALLBACKS } from '../ids.ts';
import { slackDate } from './dates.ts';
import { mentions } from './people.ts';
import { refusalMessage } from './refusals.ts';
import { userText } from './text.ts';

/**
 * A modal holds 100 blocks; the five around the demos leave room for this many rows, one block each. The waitlist
 * gets at least `WAITING_SHOWN` of them when it is that long, and the stage the rest.
 */
const DEMO_ROWS = 90;
const WAITING_SHOWN = 10;
const TITLE_SHOWN = 80;

const MOVE_LABELS: Record<Move, string> = { up: 'Move up', down: 'Move down', end: 'Move to the end' };

const line = (demo: Demo, place: number) =>
  `${place}. *${userText(demo.title, TITLE_SHOWN)}* · ${mentions(presenters(demo))} · ${formatDuration(demo.lengthMs)}`;

const section = (text: string, accessory?: SectionBlock['accessory']): SectionBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
  ...(accessory ? { accessory } : {}),
});

const more = (count: number, where: string): KnownBlock[] =>
  count > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${count} more ${where}.` }] }] : [];

/** A demo on stage, with a menu of the moves that would change its place (none when it is alone). */
function stageRow(demo: Demo, index: number, stageLength: number): KnownBlock {
  const moves = movesAt(index, stageLength);
  return section(
    line(demo, index + 1),
    moves.length > 0
      ? {
          type: 'overflow',
          action_id: ACTIONS.moveDemo,
          options: moves.map((move) => ({
            text: { type: 'plain_text', text: MOVE_LABELS[move] },
            value: `${move}:${demo.id}`,
          })),
        }
      : undefined,
  );
}

/** A demo on the waitlist, with a button to remove it (after Slack's confirm dialog). */
function waitingRow(hackfest: Hackfest, demo: Demo, index: number): KnownBlock {
  return section(line(demo, index + 1), {
    type: 'button',
    action_id: ACTIONS.removeWaiting,
    text: { type: 'plain_text', text: 'Remove' },
    value: demo.id,
    confirm: {
      title: { type: 'plain_text', text: 'Remove from the waitlist?' },
      text: {
        type: 'mrkdwn',
        text: `*${userText(demo.title, TITLE_SHOWN)}* leaves the waitlist of *${userText(hackfest.title, 80)}*, and its presenters are told.`,
      },
      confirm: { type: 'plain_text', text: 'Remove' },
      deny: { type: 'plain_text', text: 'Keep it' },
      style: 'danger',
    },
  } satisfies Button);
}

/** Where sign-ups stand, in words, and the button that changes it, named for what it will do. */
function signups(hackfest: Hackfest, window: SignupWindow): { text: string; button: string; value: 'open' | 'close' } {
  const date = (instant: number) => slackDate(instant, hackfest.timeZone);
  switch (window.state) {
    case 'open':
      return {
        text: `Sign-ups are open until ${date(window.closesAt)}.`,
        button: 'Keep sign-ups open until the end',
        value: 'open',
      };
    case 'extended':
      return {
        text: `Sign-ups are open until the hackfest ends, ${date(window.closesAt)}: an organizer kept them open past their deadline, ${date(window.deadline)}.`,
        button: 'Close sign-ups at the deadline',
        value: 'close',
      };
    case 'closed':
      return { text: `Sign-ups closed ${date(window.since)}.`, button: 'Reopen sign-ups', value: 'open' };
    case 'reopened':
      return {
        text: `Sign-ups closed ${date(window.closedAt)}; an organizer reopened them until the hackfest ends, ${date(window.closesAt)}.`,
        button: 'Close sign-ups',
        value: 'close',
      };
  }
}

const button = (action_id: string, text: string, value: string): Button => ({
  type: 'button',
  action_id,
  text: { type: 'plain_text', text },
  value,
});

/**
 * "Manage line-up", for organizers: move demos on stage, shuffle it, remove demos from the waitlist, and change the
 * sign-up rules. Each control changes the line-up when clicked; only those that would change something are offered.
 */
export function lineupModal(hackfest: Hackfest, demos: readonly Demo[], now: number): ModalView {
  const { onStage, waitlist } = lineup(demos, hackfest.slots);
  const waitingShown = Math.min(waitlist.length, Math.max(WAITING_SHOWN, DEMO_ROWS - onStage.length));
  const stageShown = Math.min(onStage.length, DEMO_ROWS - waitingShown);
  const rule = signups(hackfest, signupWindow(hackfest, now));
  const summary = `*${userText(hackfest.title, 150)}*: ${onStage.length}/${hackfest.slots} on stage, ${waitlist.length} waiting.`;
  const demosEach = hackfest.oneDemoEach ? 'One demo each.' : 'A person may present several demos.';
  return {
    ...frame,
    private_metadata: hackfest.id,
    blocks: [
      section(`${summary}\n${rule.text} ${demosEach}`),
      ...(onStage.length > 0
        ? onStage.slice(0, stageShown).map((demo, index) => stageRow(demo, index, onStage.length))
        : [section('No demos yet.')]),
      ...more(onStage.length - stageShown, 'on stage'),
      ...(waitlist.length > 0
        ? [
            section(`*Waitlist* (${waitlist.length})`),
            ...waitlist.slice(0, waitingShown).map((demo, index) => waitingRow(hackfest, demo, index)),
            ...more(waitlist.length - waitingShown, 'waiting'),
          ]
        : []),
      {
        type: 'actions',
        elements: [
          ...(onStage.length > 1 ? [button(ACTIONS.shuffleLineup, 'Shuffle the stage', hackfest.id)] : []),
          button(ACTIONS.toggleSignups, rule.button, `${rule.value}:${hackfest.id}`),
          hackfest.oneDemoEach
            ? button(ACTIONS.toggleOneDemoEach, 'Allow several demos each', `several:${hackfest.id}`)
            : button(ACTIONS.toggleOneDemoEach, 'Limit to one demo each', `one:${hackfest.id}`),
        ],
      },
    ],
  };
}

/**
 * The modal once its person may not manage this line-up (not an organizer, or it is over or gone): why, and no
 * controls, since each would be refused too.
 */
export function lineupRefusedModal(refusal: Refusal): ModalView {
  return { ...frame, blocks: [section(refusalMessage(refusal).text)] };
}

const frame = {
  type: 'modal',
  callback_id: CALLBACKS.manageLineup,
  title: { type: 'plain_text', text: 'Manage line-up' },
  close: { type: 'plain_text', text: 'Done' },
} as const;
