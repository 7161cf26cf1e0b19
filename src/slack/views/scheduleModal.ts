import type { ModalView, PlainTextOption } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import { DEFAULTS, type Hackfest, LIMITS, REMINDER_KINDS, type ReminderKind } from '../../domain/hackfest.ts';
import { RECURRENCE_CHOICES, type RecurrenceChoice } from '../../domain/recurrence.ts';
import type { SchedulePrefill } from '../../domain/scheduling.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { note } from './blocks.ts';
import { input, plain, VALUE } from './inputs.ts';
import { REMINDER_DESCRIPTIONS } from './reminderPlan.ts';
import { truncate } from './text.ts';

const REPEAT_LABELS: Record<RecurrenceChoice, string> = {
  none: 'Does not repeat',
  weekly: 'Every week, same weekday',
  every_n_weeks: 'Every N weeks, same weekday',
  monthly_weekday: 'Monthly, same weekday (e.g. 2nd Friday)',
  monthly_date: 'Monthly, same day of the month',
  quarterly: 'Every 3 months',
  custom: 'Custom rule (RRULE)',
};

const option = (choice: RecurrenceChoice): PlainTextOption => ({
  text: { type: 'plain_text', text: REPEAT_LABELS[choice] },
  value: choice,
});

const reminderOption = (kind: ReminderKind) => {
  const words = REMINDER_DESCRIPTIONS[kind];
  return { text: plain(`${words.charAt(0).toUpperCase()}${words.slice(1)}`), value: kind };
};

export type ScheduleModalInput = {
  channelId: string | undefined;
  /** Epoch ms: by default next Friday 14:00 in the person's zone. */
  initialStart: number;
  prefill?: SchedulePrefill;
  /** The proposal this schedules, if any: it is marked scheduled with the hackfest. */
  proposalId?: string;
  /** What people asked for in feedback on the last one, shown above the form. */
  notes?: string[];
  /**
   * The date of a series to adjust the series from, instead of scheduling anew: its channel and organizers stay, so
   * the form does not ask for them, and it must repeat.
   */
  adjustingFrom?: Hackfest;
};

/** The scheduling form; its submission is read by forms/scheduleForm.ts. */
export function scheduleModal({
  channelId,
  initialStart,
  prefill = {},
  proposalId,
  notes = [],
  adjustingFrom,
}: ScheduleModalInput): ModalView {
  const repeat = prefill.recurrence?.choice ?? (prefill.rule ? 'custom' : 'none');
  const everyNWeeks = prefill.recurrence?.everyNWeeks;
  const metadata = adjustingFrom ? adjustingFrom.id : proposalId;
  const repeats: readonly RecurrenceChoice[] = adjustingFrom
    ? RECURRENCE_CHOICES.filter((choice) => choice !== 'none')
    : RECURRENCE_CHOICES;
  const initialRepeat = repeats.includes(repeat) ? repeat : 'custom';
  return {
    type: 'modal',
    callback_id: adjustingFrom ? CALLBACKS.adjustSeries : CALLBACKS.schedule,
    ...(metadata ? { private_metadata: metadata } : {}),
    title: plain(adjustingFrom ? 'Adjust the series' : 'Schedule a hackfest'),
    submit: plain(adjustingFrom ? 'Apply' : 'Schedule'),
    close: plain('Cancel'),
    blocks: [
      ...(notes.length > 0 ? [note(`:speech_balloon: People asked for: ${notes.join(' · ')}`)] : []),
      ...(adjustingFrom
        ? [
            note(
              'These apply from the date below on, and the sign-ups move with their dates; earlier dates stay as they were.',
            ),
          ]
        : []),
      input(FIELDS.title, 'Title', {
        type: 'plain_text_input',
        action_id: VALUE,
        max_length: LIMITS.titleLength,
        ...(prefill.title ? { initial_value: truncate(prefill.title, LIMITS.titleLength) } : {}),
        placeholder: plain('Winter Hackfest'),
      }),
      input(FIELDS.start, 'Starts', {
        type: 'datetimepicker',
        action_id: VALUE,
        initial_date_time: Math.floor(initialStart / 1000),
      }),
      input(
        FIELDS.length,
        'Length',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          initial_value: formatDuration(prefill.durationMs ?? DEFAULTS.durationMs),
        },
        { hint: plain('e.g. 3h, 90m or 1 day') },
      ),
      input(FIELDS.slots, 'Demo slots', {
        type: 'number_input',
        action_id: VALUE,
        is_decimal_allowed: false,
        min_value: String(LIMITS.minSlots),
        max_value: String(LIMITS.maxSlots),
        initial_value: String(prefill.slots ?? DEFAULTS.slots),
      }),
      input(
        FIELDS.demo,
        'Length of each demo',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          initial_value: formatDuration(prefill.demoMs ?? DEFAULTS.demoMs),
        },
        { hint: plain('e.g. 5m or 10m') },
      ),
      input(
        FIELDS.deadline,
        'Sign-ups close',
        {
          type: 'datetimepicker',
          action_id: VALUE,
          ...(prefill.signupDeadline ? { initial_date_time: Math.floor(prefill.signupDeadline / 1000) } : {}),
        },
        {
          optional: true,
          hint: plain('Leave empty to close sign-ups at the start'),
        },
      ),
      ...(adjustingFrom
        ? []
        : [
            input(FIELDS.channel, 'Channel', {
              type: 'conversations_select',
              action_id: VALUE,
              default_to_current_conversation: true,
              ...(channelId ? { initial_conversation: channelId } : {}),
              filter: { include: ['public', 'private'], exclude_bot_users: true },
            }),
          ]),
      input(FIELDS.recurrence, 'Repeats', {
        type: 'static_select',
        action_id: VALUE,
        options: repeats.map(option),
        initial_option: option(initialRepeat),
      }),
      input(
        FIELDS.everyNWeeks,
        'Every how many weeks',
        {
          type: 'number_input',
          action_id: VALUE,
          is_decimal_allowed: false,
          min_value: '1',
          max_value: '52',
          ...(everyNWeeks ? { initial_value: String(everyNWeeks) } : {}),
        },
        { optional: true, hint: plain('Only for "Every N weeks"') },
      ),
      input(
        FIELDS.customRule,
        'Custom rule',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          placeholder: plain('FREQ=MONTHLY;BYDAY=+2FR'),
          ...(prefill.rule ? { initial_value: prefill.rule } : {}),
        },
        { optional: true, hint: plain('Only for "Custom rule": an RFC 5545 RRULE') },
      ),
      input(
        FIELDS.reminders,
        'Reminders',
        {
          type: 'checkboxes',
          action_id: VALUE,
          options: REMINDER_KINDS.map(reminderOption),
          ...(prefill.reminders?.length === 0
            ? {}
            : { initial_options: (prefill.reminders ?? REMINDER_KINDS).map(reminderOption) }),
        },
        { optional: true, hint: plain('Each goes out once, at its time, from the state of the hackfest then') },
      ),
      ...(adjustingFrom
        ? []
        : [
            input(
              FIELDS.coOrganizers,
              'Co-organizers',
              {
                type: 'multi_users_select',
                action_id: VALUE,
                ...(prefill.coOrganizerIds?.length ? { initial_users: prefill.coOrganizerIds } : {}),
              },
              { optional: true, hint: plain('They can reschedule, cancel and run it too') },
            ),
          ]),
      input(
        FIELDS.description,
        'What is it for?',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          multiline: true,
          max_length: LIMITS.descriptionLength,
          ...(prefill.description ? { initial_value: truncate(prefill.description, LIMITS.descriptionLength) } : {}),
        },
        { optional: true },
      ),
    ],
  };
}
