import { startProblem } from '../../domain/scheduling.ts';
import { FIELDS } from '../ids.ts';
import { SCOPES } from '../views/rescheduleModal.ts';
import type { FormErrors } from './scheduleForm.ts';
import { reader, type StateValues } from './values.ts';

/** Reads the reschedule modal: a new start, which must be in the future and within the horizon, and for a series which dates move. */
export function readRescheduleForm(
  values: StateValues,
  context: { now: number },
): { ok: true; startsAt: number; laterDatesToo: boolean } | { ok: false; errors: FormErrors } {
  const read = reader(values);
  const startsAt = read.instant(FIELDS.start);
  if (startsAt === null) return { ok: false, errors: { [FIELDS.start]: 'Pick the new date and time.' } };
  const problem = startProblem(startsAt, context.now);
  if (problem !== null) return { ok: false, errors: { [FIELDS.start]: problem } };
  return { ok: true, startsAt, laterDatesToo: read.option(FIELDS.scope) === SCOPES.following };
}
