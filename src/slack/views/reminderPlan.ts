import type { Hackfest } from '../../domain/hackfest.ts';
import type { PlannedReminder, ReminderKind } from '../../domain/reminders.ts';
import { COMMAND } from '../ids.ts';
import { slackDate } from './dates.ts';
import type { EphemeralMessage } from './message.ts';
import { userText } from './text.ts';

/** What each reminder is, in the words the plan and the schedule form use. */
export const REMINDER_DESCRIPTIONS: Record<ReminderKind, string> = {
  'week-before': 'a week before, with the sign-up board and the slots left',
  'signups-closing': 'a day before sign-ups close, if slots are free',
  'day-before': 'the day before',
  'hour-before': 'an hour before, with the line-up',
  starting: 'at the start, with the button for the emcee',
  presenters: 'a DM to each presenter 30 minutes before, with their place',
};

/** `/hackfest reminders`: what will be posted for the next hackfest here, and when. */
export function reminderPlanMessage(
  next: { hackfest: Hackfest; plan: PlannedReminder[] } | undefined,
): EphemeralMessage {
  const text = !next
    ? `:calendar: No upcoming hackfest in this channel, so no reminders. Schedule one with \`${COMMAND} schedule\`.`
    : next.hackfest.reminders.length === 0
      ? `:calendar: *${userText(next.hackfest.title, 150)}* gets no reminders: none were chosen for it.`
      : next.plan.length === 0
        ? `:calendar: Every reminder for *${userText(next.hackfest.title, 150)}* has gone out.`
        : [
            `:calendar: Reminders for *${userText(next.hackfest.title, 150)}*:`,
            ...next.plan.map(
              ({ kind, dueAt }) => `• ${slackDate(dueAt, next.hackfest.timeZone)}: ${REMINDER_DESCRIPTIONS[kind]}`,
            ),
          ].join('\n');
  return { response_type: 'ephemeral', text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
