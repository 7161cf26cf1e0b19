import type { KnownBlock } from '@slack/types';
import type { Hackfest } from '../../domain/hackfest.ts';
import { lineup, signupsCloseAt, signupsOpen } from '../../domain/lineup.ts';
import { type ReminderKind, withDayBefore } from '../../domain/reminders.ts';
import type { Show } from '../../domain/timer.ts';
import type { ReminderState } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { button, section } from './blocks.ts';
import { slackDate } from './dates.ts';
import { lineupBlocks } from './lineupBoard.ts';
import { userText } from './text.ts';

/**
 * A channel reminder, read from the hackfest's state when it is posted (not when it was planned). The day-before
 * one stands in for "sign-ups closing" when sign-ups close at the start: it then says how many slots are left.
 */
export function reminderMessage(
  kind: Exclude<ReminderKind, 'presenters'>,
  { hackfest, demos, show }: ReminderState,
  now: number,
) {
  if (kind === 'starting') return startReminderMessage(hackfest, show);
  const title = `*${userText(hackfest.title, 150)}*`;
  const when = slackDate(hackfest.startsAt, hackfest.timeZone);
  const free = Math.max(0, hackfest.slots - lineup(demos, hackfest.slots).onStage.length);
  const slotsLeft = `${free} of ${hackfest.slots} demo slots left`;
  const closesAt = slackDate(signupsCloseAt(hackfest), hackfest.timeZone);
  const callsToSignUp =
    kind === 'week-before' ||
    kind === 'signups-closing' ||
    (kind === 'day-before' &&
      hackfest.reminders.includes('signups-closing') &&
      withDayBefore('signups-closing', hackfest) &&
      free > 0 &&
      signupsOpen(hackfest, now));
  const lines: Record<Exclude<typeof kind, 'starting'>, string> = {
    'week-before': `:calendar: ${title} is a week away: ${when}. ${slotsLeft}.`,
    'signups-closing': `:raising_hand: ${slotsLeft} at ${title}: sign-ups close ${closesAt}. Sign up!`,
    'day-before': `:calendar: ${title} is tomorrow: ${when}.${callsToSignUp ? ` ${slotsLeft}: sign-ups close at the start. Sign up!` : ''}`,
    'hour-before': `:alarm_clock: ${title} starts in an hour: ${when}. Here is the line-up.`,
  };
  const text = lines[kind];
  const extra: KnownBlock[] = callsToSignUp
    ? [...lineupBlocks(demos, hackfest.slots), actionButton(ACTIONS.signUp, 'Sign up to demo', hackfest.id)]
    : lineupBlocks(demos, hackfest.slots);
  return { text, blocks: [section(text), ...extra] };
}

/**
 * The reminder at the start, offering the emcee to start the show; once the show has started it says so instead
 * (and when it ran, once it is over), and once the hackfest is cancelled, that, since a Start click then could only
 * be refused.
 */
export function startReminderMessage(hackfest: Hackfest, show: Show) {
  const title = `*${userText(hackfest.title, 150)}*`;
  const at = (instant: number) => slackDate(instant, hackfest.timeZone, '{time}');
  if (hackfest.status === 'cancelled') {
    const text = `:no_entry: ${title} is cancelled.`;
    return { text, blocks: [section(text)] };
  }
  if (show.status === 'not-started') {
    const emcee = hackfest.emceeId ? `<@${hackfest.emceeId}>` : 'Emcee';
    const text = `:microphone: ${title} is starting now! ${emcee}, start the show when everyone is ready.`;
    return { text, blocks: [section(text), actionButton(ACTIONS.startShow, 'Start the show', hackfest.id)] };
  }
  const text =
    show.status === 'ended'
      ? `:checkered_flag: ${title} took place: the show ran from ${at(show.showStartedAt)} to ${at(show.endedAt)}.`
      : `:microphone: ${title} is on: the show started at ${at(show.showStartedAt)}.`;
  return { text, blocks: [section(text)] };
}

const actionButton = (actionId: string, text: string, hackfestId: string): KnownBlock => ({
  type: 'actions',
  elements: [button(actionId, text, hackfestId, { style: 'primary' })],
});
