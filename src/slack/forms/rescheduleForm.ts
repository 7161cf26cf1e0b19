import { FIELDS } from '../ids.ts';
import type { FormErrors } from './scheduleForm.ts';
import { reader, type StateValues } from './values.ts';

/** Reads the reschedule modal: a new start, which must be in the future. */
export function readRescheduleForm(
  values: StateValues,
  context: { now: number },
): { ok: true; startsAt: number } | { ok: false; errors: FormErrors } {
  const startsAt = reader(values).instant(FIELDS.start);
  if (startsAt === null) return { ok: false, errors: { [FIELDS.start]: 'Pick the new date and time.' } };
  if (startsAt <= context.now)
    return { ok: false, errors: { [FIELDS.start]: 'That time is in the past: pick a future one.' } };
  return { ok: true, startsAt };
}
