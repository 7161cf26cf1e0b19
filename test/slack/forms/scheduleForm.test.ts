import { describe, expect, it } from 'vitest';
import { DEFAULTS, REMINDER_KINDS } from '../../../src/domain/hackfest.ts';
import { ruleForChoice } from '../../../src/domain/recurrence.ts';
import { validateSchedule } from '../../../src/domain/scheduling.ts';
import { readScheduleForm } from '../../../src/slack/forms/scheduleForm.ts';
import { FIELDS } from '../../../src/slack/ids.ts';
import { scheduleFormValues } from '../../support/forms.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
/** 2026-12-11 14:00 in Berlin: the 2nd Friday of December. */
const WINTER = Date.parse('2026-12-11T13:00:00Z');
const DAY = 24 * 3_600_000;
const berlin = { zone: 'Europe/Berlin', now: NOW };

describe('reading the schedule form', () => {
  it('when it is filled in well, then it reads as a request in the person zone, with nothing wrong', () => {
    const form = readScheduleForm(
      scheduleFormValues({ startsAt: WINTER, deadline: WINTER - DAY, coOrganizers: ['U222'], description: ' Demos ' }),
      berlin,
    );

    expect(form).toEqual({
      errors: {},
      value: {
        title: 'Winter Hackfest',
        description: 'Demos',
        startsAt: WINTER,
        timeZone: 'Europe/Berlin',
        durationMs: 3 * 3_600_000,
        slots: 8,
        demoMs: 5 * 60_000,
        signupDeadline: WINTER - DAY,
        channelId: 'C111',
        coOrganizerIds: ['U222'],
        rule: null,
        reminders: [...REMINDER_KINDS],
      },
    });
  });

  it('when optional fields are left empty, then sign-ups close at the start and there are no co-organizers', () => {
    const { value } = readScheduleForm(scheduleFormValues({ startsAt: WINTER, description: null }), berlin);

    expect(value).toMatchObject({ signupDeadline: null, coOrganizerIds: [], description: '', rule: null });
  });

  it('when several inputs cannot be read, then each gets its own inline error at once, with an example', () => {
    const { errors } = readScheduleForm(
      scheduleFormValues({
        startsAt: WINTER,
        length: 'forever',
        demo: 'short',
        slots: '2.5',
        channelId: null,
        recurrence: 'every_n_weeks',
        everyNWeeks: null,
      }),
      berlin,
    );

    expect(errors).toEqual({
      [FIELDS.length]: 'Use a length like 3h, 90m or 1 day.',
      [FIELDS.demo]: 'Use a demo length like 5m or 10m.',
      [FIELDS.slots]: 'Use a whole number from 1 to 100.',
      [FIELDS.channel]: 'Pick the channel to announce it in.',
      [FIELDS.everyNWeeks]: expect.stringContaining('For example: 2'),
    });
  });

  it('when an input cannot be read, then the rest still reads, so the scheduling rules name their mistakes too', () => {
    const form = readScheduleForm(scheduleFormValues({ startsAt: NOW - 60_000, title: '', length: 'forever' }), berlin);
    const ruled = validateSchedule({ ...form.value, organizerId: 'U111' }, NOW).map((error) => error.field);

    expect(Object.keys(form.errors)).toEqual([FIELDS.length]);
    expect(form.value.durationMs).toBe(DEFAULTS.durationMs);
    expect(ruled).toEqual(['title', 'start']);
  });

  it('when a custom rule is not valid, then the rule field says why, with an example that fits the start', () => {
    const customRule = 'FREQ=HOURLY';
    const { errors } = readScheduleForm(
      scheduleFormValues({ startsAt: WINTER, recurrence: 'custom', customRule }),
      berlin,
    );
    const refused = ruleForChoice('custom', { date: '2026-12-11', time: '14:00' }, { custom: customRule });
    if (refused.ok) throw new Error('expected the rule to be refused');

    expect(errors).toEqual({
      [FIELDS.customRule]: `${refused.error.message} For example: ${refused.error.example}`,
    });
  });

  it('when the choice is monthly on the same weekday, then the rule names the 2nd Friday of the start', () => {
    const { value, errors } = readScheduleForm(
      scheduleFormValues({ startsAt: WINTER, recurrence: 'monthly_weekday' }),
      berlin,
    );

    expect(errors).toEqual({});
    expect(value.rule).toBe('FREQ=MONTHLY;BYDAY=+2FR');
    expect(ruleForChoice('monthly_weekday', { date: '2026-12-11', time: '14:00' })).toEqual({
      ok: true,
      value: value.rule,
    });
  });

  it('when the start falls on another day in the person zone, then the rule follows their calendar', () => {
    const lateFridayInNewYork = Date.parse('2026-12-11T23:30:00Z');
    const values = scheduleFormValues({ startsAt: lateFridayInNewYork, recurrence: 'monthly_weekday' });

    expect(readScheduleForm(values, { zone: 'America/New_York', now: NOW }).value.rule).toBe('FREQ=MONTHLY;BYDAY=+2FR');
    expect(readScheduleForm(values, berlin).value.rule).toBe('FREQ=MONTHLY;BYDAY=+2SA');
  });

  it('when every N weeks is chosen with a number, then the rule repeats that many weeks apart', () => {
    const { value, errors } = readScheduleForm(
      scheduleFormValues({ startsAt: WINTER, recurrence: 'every_n_weeks', everyNWeeks: '3' }),
      berlin,
    );

    expect(errors).toEqual({});
    expect(value.rule).toBe('FREQ=WEEKLY;INTERVAL=3');
  });

  it('when the repeat choice is not one the modal offers, then it is refused', () => {
    const { errors } = readScheduleForm(scheduleFormValues({ startsAt: WINTER, recurrence: 'daily' }), berlin);

    expect(errors).toEqual({ [FIELDS.recurrence]: 'Pick how it repeats.' });
  });
});
