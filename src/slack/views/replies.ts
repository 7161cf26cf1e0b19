import type { Audience } from '../../domain/audience.ts';
import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest, Series } from '../../domain/hackfest.ts';
import type { Demo } from '../../domain/lineup.ts';
import { describeRule } from '../../domain/recurrence.ts';
import type { Refusal } from '../../domain/refusals.ts';
import type { InputError } from '../../domain/result.ts';
import type { Control } from '../../domain/timer.ts';
import { toInstant } from '../../domain/zonedTime.ts';
import { COMMAND, type Subcommand } from '../ids.ts';
import { counted } from './counted.ts';
import { slackDate } from './dates.ts';
import { type EphemeralMessage, ephemeral } from './message.ts';
import { refusalMessage } from './refusals.ts';
import { escapeText, userText } from './text.ts';
import { toldSentence } from './told.ts';

/** What was wrong with typed input, and a correct example of the same subcommand. */
export function inputErrorMessage(subcommand: Subcommand, error: InputError): EphemeralMessage {
  return ephemeral(
    `:warning: ${userText(error.message, 1_000)}\nFor example: \`${COMMAND} ${subcommand} ${escapeText(error.example)}\``,
  );
}

/** Words a subcommand does not take, quoted short, and what it does take. */
export function unexpectedWordsMessage(
  subcommand: Subcommand,
  words: string,
  uses: readonly string[],
): EphemeralMessage {
  const examples = uses.map((use) => `\`${COMMAND} ${escapeText(use)}\``).join(' or ');
  return ephemeral(
    `:warning: \`${COMMAND} ${subcommand}\` does not take “${userText(words, 40)}”. For example: ${examples}`,
  );
}

/** A hackfest is announced in a channel, where people sign up: the same command, to type there. */
export function notInChannelMessage(subcommand: Subcommand, typed: string): EphemeralMessage {
  return ephemeral(
    `:speech_balloon: A hackfest is announced in a channel, where people can sign up. Type this in the channel it is for: \`${COMMAND} ${subcommand} ${userText(typed.trim(), 300)}\``,
  );
}

/** A subcommand about a channel's hackfest, typed in a DM: where to type it, and how to find the hackfests. */
export function channelOnlyMessage(subcommand: Subcommand, typed: string): EphemeralMessage {
  const command = `${COMMAND} ${subcommand}${typed.trim() ? ` ${userText(typed.trim(), 300)}` : ''}`;
  return ephemeral(
    `:speech_balloon: \`${command}\` is for the hackfest of a channel: type it in that channel. \`${COMMAND} list all\` shows the hackfests in your channels.`,
  );
}

/** What stopped an action, field by field; `what` says what did not happen, e.g. "Nothing was scheduled". */
export function problemsMessage(what: string, errors: readonly Problem[]): EphemeralMessage {
  return ephemeral(problemsText(what, errors));
}

type Problem = { field: string; message: string };

function problemsText(what: string, errors: readonly Problem[]): string {
  const lines = errors.map(({ field, message }) => `• *${field}*: ${userText(message, 500)}`);
  return `:warning: ${what}:\n${lines.join('\n')}`;
}

/** Why typed text scheduled nothing, and the command that would have (theirs put right where that is all it takes). */
export function notScheduledMessage(errors: readonly Problem[], example: string): EphemeralMessage {
  return ephemeral(
    `${problemsText('Nothing was scheduled', errors)}\nFor example: \`${COMMAND} schedule ${escapeText(example)}\``,
  );
}

export function scheduledMessage(hackfest: Hackfest, series: Series | null): EphemeralMessage {
  const repeat = series ? `, ${describeRule(series.rule, series.firstStart)},` : '';
  return ephemeral(
    `:white_check_mark: *${userText(hackfest.title, 150)}* is on the calendar${repeat} from ${slackDate(hackfest.startsAt, hackfest.timeZone)}. The announcement is in <#${hackfest.channelId}>.`,
  );
}

export function rescheduledMessage(hackfest: Hackfest, told: Audience): EphemeralMessage {
  return ephemeral(
    `:white_check_mark: *${userText(hackfest.title, 150)}* now starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}. ${toldSentence(told, 'done')}`,
  );
}

export function seriesRescheduledMessage(series: Series, told: Audience): EphemeralMessage {
  return ephemeral(
    `:white_check_mark: *${userText(series.title, 150)}* now repeats ${describeRule(series.rule, series.firstStart)} from ${slackDate(toInstant(series.firstStart, series.timeZone), series.timeZone)}; earlier dates stay as they were. ${toldSentence(told, 'done')}`,
  );
}

/** Why a reschedule moved nothing: the hackfest already starts then, or a refusal. */
export function notMovedMessage(outcome: { alreadyThen: Hackfest } | Refusal): EphemeralMessage {
  if (!('alreadyThen' in outcome)) return refusalMessage(outcome);
  const hackfest = outcome.alreadyThen;
  return ephemeral(
    `:information_source: *${userText(hackfest.title, 150)}* already starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}. Nothing was changed and nobody was told.`,
  );
}

/**
 * A hackfest cancelled: its own announcement says so if it has one; a date of a series that was not announced yet
 * is left out of the series' coming dates.
 */
export function cancelledMessage(hackfest: Hackfest, told: Audience): EphemeralMessage {
  const title = `*${userText(hackfest.title, 150)}*`;
  const what = hackfest.announcement
    ? `${title} is cancelled; its announcement says so.`
    : hackfest.seriesId
      ? `${title} on ${slackDate(hackfest.startsAt, hackfest.timeZone)} is cancelled; the series skips that date from now on.`
      : `${title} is cancelled.`;
  return ephemeral(`:white_check_mark: ${what} ${toldSentence(told, 'done')}`);
}

export function seriesEndedMessage(series: Series, told: Audience): EphemeralMessage {
  return ephemeral(
    `:white_check_mark: The series *${userText(series.title, 150)}* has ended and its coming dates are cancelled. ${toldSentence(told, 'done')}`,
  );
}

export function noMatchMessage(subcommand: Subcommand, title: string): EphemeralMessage {
  const named = title.trim() ? ` named “${userText(title, 150)}”` : '';
  return ephemeral(
    `:mag: There is no upcoming hackfest${named} in this channel. \`${COMMAND} list\` shows what is on; for example \`${COMMAND} ${subcommand} "Winter Hackfest"\`.`,
  );
}

export function calendarSentMessage({ events, series }: { events: number; series: number }): EphemeralMessage {
  if (events === 0)
    return ephemeral(
      `:calendar: There are no upcoming hackfests in this channel to export. Schedule one with \`${COMMAND} schedule\`.`,
    );
  return ephemeral(
    `:calendar: Uploaded an .ics file with ${counted(events, 'event')}${ofThemSeries(events, series)} to this channel.`,
  );
}

/** A series is one recurring event in the file: " (1 of them a repeating series)". */
function ofThemSeries(events: number, series: number): string {
  if (series === 0) return '';
  if (series === events) return events === 1 ? ' (a repeating series)' : ' (each a repeating series)';
  return ` (${series} of them ${series === 1 ? 'a repeating series' : 'repeating series'})`;
}

/** What withdrawing did: left a team, left the waitlist, freed a slot, or gave it to whoever waited first. */
export function withdrawnMessage(
  withdrawn: { demo: Demo; left: 'team' } | { demo: Demo; left: 'demo'; wasWaiting: boolean; promoted: Demo[] },
): EphemeralMessage {
  const title = `*${userText(withdrawn.demo.title, 150)}*`;
  if (withdrawn.left === 'team') return ephemeral(`:wave: You left the team of ${title}.`);
  if (withdrawn.wasWaiting) return ephemeral(`:wave: ${title} is withdrawn from the waitlist.`);
  const [first, ...others] = withdrawn.promoted;
  if (!first) return ephemeral(`:wave: ${title} is withdrawn; the slot is free again.`);
  const movedUp = withdrawn.promoted.map((demo) => `<@${demo.ownerId}>'s *${userText(demo.title, 150)}*`);
  return ephemeral(
    `:wave: ${title} is withdrawn. ${movedUp.join(' and ')} ${others.length === 0 ? 'moves' : 'move'} up from the waitlist and ${others.length === 0 ? 'has' : 'have'} been told.`,
  );
}

export function nothingOpenMessage(): EphemeralMessage {
  return ephemeral(
    `:lock: No hackfest in this channel is open for sign-ups. \`${COMMAND} list\` shows what is coming; an organizer can reopen sign-ups from Manage line-up.`,
  );
}

const SHOW_CHANGES: Record<Exclude<Control['type'], 'extend'>, string> = {
  start: 'The show is on.',
  next: 'Next presenter called.',
  skip: 'Skipped; they present at the end.',
  pause: 'Timer paused.',
  resume: 'Timer running again.',
  gong: 'Gong rung.',
  end: 'The show is over.',
};

export function showChangedMessage(control: Control): EphemeralMessage {
  const changed =
    control.type === 'extend' ? `More time given: +${formatDuration(control.ms)}.` : SHOW_CHANGES[control.type];
  return ephemeral(`:white_check_mark: ${changed}`);
}

export const dmSentMessage = (): EphemeralMessage =>
  ephemeral(':calendar: I sent you the calendar file in a direct message.');
