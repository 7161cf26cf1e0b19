import { parseDuration } from '../../domain/duration.ts';
import { DEFAULTS, LIMITS, REMINDER_KINDS } from '../../domain/hackfest.ts';
import { RECURRENCE_CHOICES, type RecurrenceChoice, ruleForChoice } from '../../domain/recurrence.ts';
import type { ScheduleError, ScheduleRequest } from '../../domain/scheduling.ts';
import { toLocal } from '../../domain/zonedTime.ts';
import { FIELDS, type Field } from '../ids.ts';
import { reader, type StateValues } from './values.ts';

export type ScheduleForm = Omit<ScheduleRequest, 'organizerId'>;
export type FormErrors = Partial<Record<(typeof FIELDS)[Field], string>>;

const isChoice = (value: string | null): value is RecurrenceChoice =>
  (RECURRENCE_CHOICES as readonly (string | null)[]).includes(value);

/**
 * Reads the schedule modal into a request, and what could not be read (a length like "forever", a missing channel,
 * a bad custom rule) into inline errors. Unreadable fields take their defaults in the request, so the rules of
 * scheduling can still be checked on the rest and every mistake shown at once.
 */
export function readScheduleForm(
  values: StateValues,
  context: {
    zone: string;
    now: number;
    /** The channel when the form does not ask for one: a series being adjusted keeps its own. */
    channelId?: string;
  },
): { value: ScheduleForm; errors: FormErrors } {
  const read = reader(values);
  const errors: FormErrors = {};
  const durationMs = parseDuration(read.text(FIELDS.length));
  if (durationMs === undefined) errors[FIELDS.length] = 'Use a length like 3h, 90m or 1 day.';
  const demoMs = parseDuration(read.text(FIELDS.demo));
  if (demoMs === undefined) errors[FIELDS.demo] = 'Use a demo length like 5m or 10m.';
  const slots = Number(read.text(FIELDS.slots));
  if (!Number.isInteger(slots))
    errors[FIELDS.slots] = `Use a whole number from ${LIMITS.minSlots} to ${LIMITS.maxSlots}.`;
  const startsAt = read.instant(FIELDS.start);
  if (startsAt === null) errors[FIELDS.start] = 'Pick the date and time it starts.';
  const channelId = read.conversation(FIELDS.channel) ?? context.channelId;
  if (!channelId) errors[FIELDS.channel] = 'Pick the channel to announce it in.';

  const choice = read.option(FIELDS.recurrence) ?? 'none';
  let rule: string | null = null;
  if (!isChoice(choice)) errors[FIELDS.recurrence] = 'Pick how it repeats.';
  else if (startsAt !== null) {
    const weeks = read.text(FIELDS.everyNWeeks);
    const made = ruleForChoice(choice, toLocal(startsAt, context.zone), {
      everyNWeeks: weeks === '' ? undefined : Number(weeks),
      custom: read.text(FIELDS.customRule),
    });
    if (made.ok) rule = made.value;
    else
      errors[
        choice === 'custom' ? FIELDS.customRule : choice === 'every_n_weeks' ? FIELDS.everyNWeeks : FIELDS.recurrence
      ] = `${made.error.message} For example: ${made.error.example}`;
  }

  return {
    errors,
    value: {
      title: read.text(FIELDS.title),
      description: read.text(FIELDS.description),
      startsAt: startsAt ?? context.now + DEFAULTS.durationMs,
      timeZone: context.zone,
      durationMs: durationMs ?? DEFAULTS.durationMs,
      slots: Number.isInteger(slots) ? slots : DEFAULTS.slots,
      demoMs: demoMs ?? DEFAULTS.demoMs,
      signupDeadline: read.instant(FIELDS.deadline),
      channelId: channelId ?? '',
      coOrganizerIds: read.users(FIELDS.coOrganizers),
      rule,
      reminders: REMINDER_KINDS.filter((kind) => read.ticked(FIELDS.reminders)?.includes(kind) ?? true),
    },
  };
}

/**
 * What comes back inline: what could not be read, then what breaks the rules of scheduling on the fields that
 * could, each keyed by its block id. A rule that also read a field that could not be read is left out: it judged
 * that field's default (a 3h hackfest), not what the person entered.
 */
export function inlineErrors(read: FormErrors, broken: readonly ScheduleError[]): Record<string, string> {
  const inline: Record<string, string> = { ...read };
  for (const { field, message, alsoReads = [] } of broken)
    if (!alsoReads.some((other) => read[FIELDS[other]] !== undefined)) inline[FIELDS[field]] ??= message;
  return inline;
}
