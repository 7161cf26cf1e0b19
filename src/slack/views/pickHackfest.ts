import type { Hackfest } from '../../domain/hackfest.ts';
import { ACTIONS } from '../ids.ts';
import { plainDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { truncate } from './text.ts';

/**
 * Several hackfests match what was typed: the person picks one, the app never guesses. Options are plain text, so
 * their times are in the reader's zone (`zone`). Each option's value is `purpose:hackfestId`, and for a reschedule
 * with a typed time, `:startsAt` after it, so the form can offer it.
 */
export function pickHackfestMessage(
  hackfests: readonly Hackfest[],
  purpose: 'reschedule' | 'cancel',
  { zone, typedStart }: { zone: string; typedStart?: number | undefined },
): EphemeralMessage {
  const options = hackfests.slice(0, 100).map((hackfest) => {
    const date = plainDate(hackfest.startsAt, zone);
    return {
      text: { type: 'plain_text' as const, text: `${truncate(hackfest.title, 75 - date.length - 3)} · ${date}` },
      value: `${purpose}:${hackfest.id}${typedStart === undefined ? '' : `:${typedStart}`}`,
    };
  });
  return {
    response_type: 'ephemeral',
    text: `Several hackfests match; which one do you want to ${purpose}?`,
    blocks: [
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `Several hackfests match. Which one do you want to ${purpose}?` },
        accessory: {
          type: 'static_select',
          action_id: ACTIONS.pickHackfest,
          placeholder: { type: 'plain_text', text: 'Pick a hackfest' },
          options,
        },
      },
    ],
  };
}
