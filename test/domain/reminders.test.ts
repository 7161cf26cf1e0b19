import { describe, expect, it } from 'vitest';
import { reminderPlan, stillUseful } from '../../src/domain/reminders.ts';
import { aHackfest } from '../support/builders.ts';

const START = Date.parse('2026-12-11T13:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('a hackfest’s reminders', () => {
  const hackfest = aHackfest({ startsAt: START, signupDeadline: START - 2 * DAY });

  it('when it is scheduled more than a week ahead, then every reminder is planned in time order, sign-ups closing by the deadline', () => {
    const plan = reminderPlan(hackfest, START - 10 * DAY);

    expect(plan.map(({ kind, dueAt }) => [kind, (START - dueAt) / HOUR])).toEqual([
      ['week-before', 168],
      ['signups-closing', 72],
      ['day-before', 24],
      ['hour-before', 1],
      ['presenters', 0.5],
      ['starting', 0],
    ]);
  });

  it('when it is scheduled three days ahead, then there is no week-before reminder and none in the past', () => {
    expect(reminderPlan(hackfest, START - 3 * DAY + 1).map((reminder) => reminder.kind)).toEqual([
      'day-before',
      'hour-before',
      'presenters',
      'starting',
    ]);
  });

  it('when sign-ups close at the start, then only the day-before reminder is planned for that minute', () => {
    const closingAtStart = { ...hackfest, signupDeadline: START };

    expect(
      reminderPlan(closingAtStart, START - 10 * DAY).map(({ kind, dueAt }) => [kind, (START - dueAt) / HOUR]),
    ).toEqual([
      ['week-before', 168],
      ['day-before', 24],
      ['hour-before', 1],
      ['presenters', 0.5],
      ['starting', 0],
    ]);
  });

  it('when sign-ups close at the start but the day-before reminder is left out, then sign-ups closing still goes out', () => {
    const closingAtStart = {
      ...hackfest,
      signupDeadline: START,
      reminders: hackfest.reminders.filter((kind) => kind !== 'day-before'),
    };

    expect(reminderPlan(closingAtStart, START - 10 * DAY).map(({ kind }) => kind)).toContain('signups-closing');
  });

  it('when it is cancelled, then nothing is planned', () => {
    expect(reminderPlan({ ...hackfest, status: 'cancelled' }, START - 10 * DAY)).toEqual([]);
  });

  it('when a reminder is late after downtime, then it is posted only while it still makes sense', () => {
    expect(stillUseful('day-before', hackfest, START - HOUR)).toBe(true);
    expect(stillUseful('day-before', hackfest, START)).toBe(false);
    expect(stillUseful('starting', hackfest, START + 10 * 60_000)).toBe(true);
    expect(stillUseful('starting', hackfest, START + 20 * 60_000)).toBe(false);
  });
});
