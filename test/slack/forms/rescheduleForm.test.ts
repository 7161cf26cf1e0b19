import { describe, expect, it } from 'vitest';
import { readRescheduleForm } from '../../../src/slack/forms/rescheduleForm.ts';
import { FIELDS } from '../../../src/slack/ids.ts';
import { rescheduleFormValues, scopeValue } from '../../support/forms.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const WINTER = Date.parse('2026-12-11T13:00:00Z');

describe('reading the reschedule form', () => {
  it('when a future time is picked, then it is the new start, for this date only', () => {
    expect(readRescheduleForm(rescheduleFormValues(WINTER), { now: NOW })).toEqual({
      ok: true,
      startsAt: WINTER,
      laterDatesToo: false,
    });
  });

  it('when a date of a series moves with its later dates, then the form says so', () => {
    const values = { ...rescheduleFormValues(WINTER), ...scopeValue('following') };

    expect(readRescheduleForm(values, { now: NOW })).toMatchObject({ ok: true, laterDatesToo: true });
  });

  it('when the time picked is in the past, then it is refused inline', () => {
    expect(readRescheduleForm(rescheduleFormValues(NOW - 60_000), { now: NOW })).toEqual({
      ok: false,
      errors: { [FIELDS.start]: 'That time is in the past: pick a future one.' },
    });
  });

  it('when no time is picked, then the person is asked for one', () => {
    expect(readRescheduleForm({}, { now: NOW })).toEqual({
      ok: false,
      errors: { [FIELDS.start]: 'Pick the new date and time.' },
    });
  });
});
