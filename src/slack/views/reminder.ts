import type { KnownBlock } from '@slack/types';
import { lineup } from '../../domain/lineup.ts';
import type { ReminderKind } from '../../domain/reminders.ts';
import type { AnnouncementState } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { slackDate } from './dates.ts';
import { lineupBlocks } from './lineupBoard.ts';
import { userText } from './text.ts';

/** A channel reminder, read from the hackfest's state when it is posted (not when it was planned). */
export function reminderMessage(kind: Exclude<ReminderKind, 'presenters'>, { hackfest, demos }: AnnouncementState) {
  const title = `*${userText(hackfest.title, 150)}*`;
  const when = slackDate(hackfest.startsAt, hackfest.timeZone);
  const free = Math.max(0, hackfest.slots - lineup(demos, hackfest.slots).onStage.length);
  const slotsLeft = `${free} of ${hackfest.slots} demo slots left`;
  const button = (actionId: string, text: string): KnownBlock => ({
    type: 'actions',
    elements: [
      { type: 'button', action_id: actionId, text: { type: 'plain_text', text }, value: hackfest.id, style: 'primary' },
    ],
  });
  const lines: Record<typeof kind, string> = {
    'week-before': `:calendar: ${title} is a week away: ${when}. ${slotsLeft}.`,
    'signups-closing': `:raising_hand: ${slotsLeft} at ${title}: sign-ups close ${slackDate(Math.min(hackfest.signupDeadline, hackfest.startsAt), hackfest.timeZone)}. Sign up!`,
    'day-before': `:calendar: ${title} is tomorrow: ${when}.`,
    'hour-before': `:alarm_clock: ${title} starts in an hour: ${when}. Here is the line-up.`,
    starting: `:microphone: ${title} is starting now! Emcee, start the show when everyone is ready.`,
  };
  const text = lines[kind];
  const extra: KnownBlock[] =
    kind === 'starting'
      ? [button(ACTIONS.startShow, 'Start the show')]
      : kind === 'week-before' || kind === 'signups-closing'
        ? [...lineupBlocks(demos, hackfest.slots), button(ACTIONS.signUp, 'Sign up to demo')]
        : lineupBlocks(demos, hackfest.slots);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } } as KnownBlock, ...extra] };
}
