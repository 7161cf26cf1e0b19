import { type Hackfest, REMINDER_KINDS, type ReminderKind } from './hackfest.ts';

export { REMINDER_KINDS, type ReminderKind };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long before the start (or, for sign-ups closing, before the deadline) each reminder goes out. */
const LEAD: Record<ReminderKind, number> = {
  'week-before': 7 * DAY,
  'signups-closing': DAY,
  'day-before': DAY,
  'hour-before': HOUR,
  starting: 0,
  presenters: 30 * MINUTE,
};

/** How late after its time a reminder still makes sense (after downtime): until the start, or shortly after it. */
const STILL_USEFUL_AFTER_START: Record<ReminderKind, number> = {
  'week-before': 0,
  'signups-closing': 0,
  'day-before': 0,
  'hour-before': 0,
  starting: 15 * MINUTE,
  presenters: 0,
};

export type PlannedReminder = { kind: ReminderKind; dueAt: number };

/**
 * The reminders a hackfest gets (of those chosen), still ahead of `now`, in time order; a week-before only when set
 * up earlier, and no "sign-ups closing" when it would go out with the day-before.
 */
export function reminderPlan(hackfest: Hackfest, now: number): PlannedReminder[] {
  if (hackfest.status !== 'scheduled') return [];
  return REMINDER_KINDS.filter((kind) => hackfest.reminders.includes(kind) && !withDayBefore(kind, hackfest))
    .flatMap((kind): PlannedReminder[] => {
      const anchor =
        kind === 'signups-closing' ? Math.min(hackfest.signupDeadline, hackfest.startsAt) : hackfest.startsAt;
      const dueAt = anchor - LEAD[kind];
      return dueAt > now ? [{ kind, dueAt }] : [];
    })
    .sort((one, other) => one.dueAt - other.dueAt);
}

/**
 * Whether this is the "sign-ups closing" reminder of a hackfest whose sign-ups close at its start while it also gets
 * the day-before reminder: both would post in the channel at the same minute, so only the day-before goes out.
 */
export function withDayBefore(kind: ReminderKind, hackfest: Hackfest): boolean {
  return (
    kind === 'signups-closing' &&
    hackfest.reminders.includes('day-before') &&
    hackfest.signupDeadline >= hackfest.startsAt
  );
}

/** Whether a reminder whose time has come is still worth posting now (it may be late after downtime). */
export function stillUseful(kind: ReminderKind, hackfest: Hackfest, now: number): boolean {
  return hackfest.status === 'scheduled' && now < hackfest.startsAt + STILL_USEFUL_AFTER_START[kind];
}

/** A reminder's key names the start it was planned for, so moving the hackfest plans new ones. */
export const reminderKey = (kind: ReminderKind, hackfest: Pick<Hackfest, 'id' | 'startsAt'>) =>
  `reminder:${kind}:${hackfest.id}:${hackfest.startsAt}`;

export const REMINDER_JOB = 'reminder';
