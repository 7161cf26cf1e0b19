import type { ViewStateValue } from '@slack/bolt';
import { FIELDS } from '../../src/slack/ids.ts';

type Values = Record<string, Record<string, ViewStateValue>>;

const text = (value: string | null): ViewStateValue => ({ type: 'plain_text_input', value });
const number = (value: string | null): ViewStateValue => ({ type: 'number_input', value });
const option = (value: string): ViewStateValue => ({
  type: 'static_select',
  selected_option: { text: { type: 'plain_text', text: value }, value },
});
const dateTime = (instant: number | null): ViewStateValue => ({
  type: 'datetimepicker',
  selected_date_time: instant === null ? null : Math.floor(instant / 1000),
});

export type ScheduleFormInput = {
  title: string;
  startsAt: number;
  length: string;
  slots: string;
  demo: string;
  deadline: number | null;
  channelId: string | null;
  recurrence: string;
  everyNWeeks: string | null;
  customRule: string | null;
  coOrganizers: string[];
  description: string | null;
  /** The reminders left ticked; all of them when not given. */
  reminders?: string[];
};

/** The schedule modal's state.values as Slack sends them on submit, with the values a person would enter. */
export function scheduleFormValues(input: Partial<ScheduleFormInput> & Pick<ScheduleFormInput, 'startsAt'>): Values {
  const form: ScheduleFormInput = {
    title: 'Winter Hackfest',
    length: '3h',
    slots: '8',
    demo: '5m',
    deadline: null,
    channelId: 'C111',
    recurrence: 'none',
    everyNWeeks: null,
    customRule: null,
    coOrganizers: [],
    description: 'Build something you always wanted to.',
    ...input,
  };
  return {
    [FIELDS.title]: { value: text(form.title) },
    [FIELDS.start]: { value: dateTime(form.startsAt) },
    [FIELDS.length]: { value: text(form.length) },
    [FIELDS.slots]: { value: number(form.slots) },
    [FIELDS.demo]: { value: text(form.demo) },
    [FIELDS.deadline]: { value: dateTime(form.deadline) },
    [FIELDS.channel]: { value: { type: 'conversations_select', selected_conversation: form.channelId } },
    [FIELDS.recurrence]: { value: option(form.recurrence) },
    [FIELDS.everyNWeeks]: { value: number(form.everyNWeeks) },
    [FIELDS.customRule]: { value: text(form.customRule) },
    [FIELDS.coOrganizers]: { value: { type: 'multi_users_select', selected_users: form.coOrganizers } },
    [FIELDS.description]: { value: text(form.description) },
    ...(form.reminders
      ? {
          [FIELDS.reminders]: {
            value: {
              type: 'checkboxes',
              selected_options: form.reminders.map((value) => ({ text: { type: 'plain_text', text: value }, value })),
            },
          },
        }
      : {}),
  };
}

export function rescheduleFormValues(startsAt: number): Values {
  return { [FIELDS.start]: { value: dateTime(startsAt) } };
}

/** The reschedule form's "Which dates" choice for a date of a series. */
export function scopeValue(scope: 'one' | 'following'): Values {
  return {
    [FIELDS.scope]: {
      value: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: scope }, value: scope } },
    },
  };
}

export type DemoFormInput = {
  title: string;
  description?: string;
  team?: string[];
  length?: string;
  hackfestId?: string;
};

/** What the sign-up form turned into once acked (the person's place, as JSON text), if the sign-up was made. */
export function signedUpView(ack: { body?: unknown }): string | undefined {
  const body = ack.body as { response_action?: string; view?: unknown } | undefined;
  return body?.response_action === 'update' ? JSON.stringify(body.view) : undefined;
}

/** The demo form's state.values on submit. */
export function demoFormValues({
  title,
  description = '',
  team = [],
  length = '5m',
  hackfestId,
}: DemoFormInput): Values {
  return {
    ...(hackfestId ? { [FIELDS.hackfest]: { value: option(hackfestId) } } : {}),
    [FIELDS.title]: { value: text(title) },
    [FIELDS.description]: { value: text(description) },
    [FIELDS.team]: { value: { type: 'multi_users_select', selected_users: team } },
    [FIELDS.length]: { value: text(length) },
  };
}

export type ProposalFormInput = {
  title: string;
  why: string;
  format: string;
  length: string;
  frequency: string;
  topics: string;
  /** The channel picked; the adjust form has no channel input (null). */
  channelId: string | null;
};

/** The proposal (and adjust) modal's state.values on submit. */
export function proposalFormValues(input: Partial<ProposalFormInput> = {}): Values {
  const form: ProposalFormInput = {
    title: 'Winter Hackfest',
    why: 'Ship the ideas we never get to.',
    format: 'demo day',
    length: '2 days',
    frequency: 'monthly',
    topics: 'AI, tooling',
    channelId: 'C111',
    ...input,
  };
  return {
    [FIELDS.title]: { value: text(form.title) },
    [FIELDS.why]: { value: text(form.why) },
    [FIELDS.format]: { value: text(form.format) },
    [FIELDS.length]: { value: text(form.length) },
    [FIELDS.frequency]: { value: option(form.frequency) },
    [FIELDS.topics]: { value: text(form.topics) },
    ...(form.channelId === null
      ? {}
      : { [FIELDS.channel]: { value: { type: 'conversations_select', selected_conversation: form.channelId } } }),
  };
}

/** The suggestion modal's state.values on submit. */
export function suggestionFormValues(aspect: string, suggestion: string): Values {
  return { [FIELDS.aspect]: { value: option(aspect) }, [FIELDS.suggestion]: { value: text(suggestion) } };
}

export type FeedbackFormInput = {
  rating: string | null;
  favourite?: string;
  lengthLeaning?: string;
  lengthChange?: string;
  frequencyLeaning?: string;
  comment?: string;
  anonymous?: boolean;
};

/** The feedback modal's state.values on submit (the aspects not given are left empty). */
export function feedbackFormValues(input: FeedbackFormInput): Values {
  const picked = (value: string | undefined): ViewStateValue =>
    value ? option(value) : { type: 'static_select', selected_option: null };
  return {
    [FIELDS.rating]: {
      value: input.rating
        ? { ...option(input.rating), type: 'radio_buttons' }
        : { type: 'radio_buttons', selected_option: null },
    },
    [FIELDS.favourite]: { value: picked(input.favourite) },
    [FIELDS.frequencyLeaning]: { value: picked(input.frequencyLeaning) },
    [FIELDS.frequencyChange]: { value: text(null) },
    [FIELDS.lengthLeaning]: { value: picked(input.lengthLeaning) },
    [FIELDS.lengthChange]: { value: text(input.lengthChange ?? null) },
    [FIELDS.topicsLeaning]: { value: picked(undefined) },
    [FIELDS.topicsChange]: { value: text(null) },
    [FIELDS.formatLeaning]: { value: picked(undefined) },
    [FIELDS.formatChange]: { value: text(null) },
    [FIELDS.comment]: { value: text(input.comment ?? null) },
    [FIELDS.anonymous]: {
      value: {
        type: 'checkboxes',
        selected_options: input.anonymous ? [{ text: { type: 'plain_text', text: 'x' }, value: 'anonymous' }] : [],
      },
    },
  };
}
