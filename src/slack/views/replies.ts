import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest, Series } from '../../domain/hackfest.ts';
import { describeRule } from '../../domain/recurrence.ts';
import type { InputError } from '../../domain/result.ts';
import type { Control } from '../../domain/timer.ts';
import { toInstant } from '../../domain/zonedTime.ts';
import { COMMAND, type Subcommand } from '../ids.ts';
import { slackDate } from './dates.ts';
import { type EphemeralMessage, ephemeral } from './message.ts';
import { escapeText, userText } from './text.ts';

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
  const examples = uses.map((use) => `\`${COMMAND} ${use}\``).join(' or ');
  return ephemeral(
    `:warning: \`${COMMAND} ${subcommand}\` does not take “${userText(words, 40)}”. For example: ${examples}`,
  );
}

/** What stopped an action, field by field; `what` says what did not happen, e.g. "Nothing was scheduled". */
export function problemsMessage(
  what: string,
  errors: ReadonlyArray<{ field: string; message: string }>,
): EphemeralMessage {
  const lines = errors.map(({ field, message }) => `• *${field}*: ${userText(message, 500)}`);
  return ephemeral(`:warning: ${what}:\n${lines.join('\n')}`);
}

export function scheduledMessage(hackfest: Hackfest, series: Series | null): EphemeralMessage {
  const repeat = series ? `, ${describeRule(series.rule, series.firstStart)},` : '';
  return ephemeral(
    `:white_check_mark: *${userText(hackfest.title, 150)}* is on the calendar${repeat} from ${slackDate(hackfest.startsAt, hackfest.timeZone)}. The announcement is in <#${hackfest.channelId}>.`,
  );
}

export function rescheduledMessage(hackfest: Hackfest): EphemeralMessage {
  return ephemeral(
    `:white_check_mark: *${userText(hackfest.title, 150)}* now starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}. Its organizers have been told.`,
  );
}

export function seriesRescheduledMessage(series: Series): EphemeralMessage {
  return ephemeral(
    `:white_check_mark: *${userText(series.title, 150)}* now repeats ${describeRule(series.rule, series.firstStart)} from ${slackDate(toInstant(series.firstStart, series.timeZone), series.timeZone)}; earlier dates stay as they were. Its organizers have been told.`,
  );
}

export function cancelledMessage(title: string, what: 'hackfest' | 'series'): EphemeralMessage {
  const subject = `${what === 'series' ? 'The series ' : ''}*${userText(title, 150)}*`;
  return ephemeral(
    `:white_check_mark: ${subject} is cancelled; its announcement says so, and its organizers have been told.`,
  );
}

export function noMatchMessage(subcommand: Subcommand, title: string): EphemeralMessage {
  const named = title.trim() ? ` named “${userText(title, 150)}”` : '';
  return ephemeral(
    `:mag: There is no upcoming hackfest${named} in this channel. \`${COMMAND} list\` shows what is on; for example \`${COMMAND} ${subcommand} "Winter Hackfest"\`.`,
  );
}

export function calendarSentMessage(count: number): EphemeralMessage {
  return ephemeral(
    count === 0
      ? `:calendar: There are no upcoming hackfests in this channel to export. Schedule one with \`${COMMAND} schedule\`.`
      : `:calendar: Uploaded an .ics file with ${count} upcoming hackfest${count === 1 ? '' : 's'} to this channel.`,
  );
}

export function withdrawnMessage(demoTitle: string, left: 'demo' | 'team'): EphemeralMessage {
  return ephemeral(
    left === 'demo'
      ? `:wave: *${userText(demoTitle, 150)}* is withdrawn. If someone was waiting, they now have your slot.`
      : `:wave: You left the team of *${userText(demoTitle, 150)}*.`,
  );
}

export function nothingOpenMessage(): EphemeralMessage {
  return ephemeral(
    `:lock: No hackfest in this channel is open for sign-ups. \`${COMMAND} list\` shows what is coming; an organizer can reopen sign-ups from Manage line-up.`,
  );
}

const SHOW_CHANGES: Record<Control['type'], string> = {
  start: 'The show is on.',
  next: 'Next presenter called.',
  skip: 'Skipped; they present at the end.',
  pause: 'Timer paused.',
  resume: 'Timer running again.',
  extend: 'More time given.',
  gong: 'Gong rung.',
  end: 'The show is over.',
};

export function showChangedMessage(control: Control): EphemeralMessage {
  const extra = control.type === 'extend' ? ` (+${formatDuration(control.ms)})` : '';
  return ephemeral(`:white_check_mark: ${SHOW_CHANGES[control.type]}${extra}`);
}

export const dmSentMessage = (): EphemeralMessage =>
  ephemeral(':calendar: I sent you the calendar file in a direct message.');
