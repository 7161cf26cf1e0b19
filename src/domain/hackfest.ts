/** A hackfest on the calendar: one event, possibly one occurrence of a series. Times are epoch milliseconds. */

export type UserId = string;
export type ChannelId = string;

export const REMINDER_KINDS = [
  'week-before',
  'signups-closing',
  'day-before',
  'hour-before',
  'starting',
  'presenters',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A wall-clock date and time in some time zone, as a person types or picks it. */
export type LocalDateTime = { date: string; time: string };

/** A hackfest is `held` once its show has ended: it took place, and nothing about it changes any more. */
export type HackfestStatus = 'scheduled' | 'held' | 'cancelled';

export type Hackfest = {
  id: string;
  /** The series this is an occurrence of, if any, and the local date of the occurrence it stands for. */
  seriesId: string | null;
  occurrenceDate: string | null;
  title: string;
  description: string;
  channelId: ChannelId;
  organizerId: UserId;
  coOrganizerIds: UserId[];
  startsAt: number;
  durationMs: number;
  /** How many demos fit. */
  slots: number;
  /** How long each demo may run. */
  demoMs: number;
  /** When sign-ups close; at the latest, the start. */
  signupDeadline: number;
  /** The organizer's zone: calendar files and recurrence keep wall-clock time in it. */
  timeZone: string;
  status: HackfestStatus;
  /** Organizers opened sign-ups again after they closed; they stay open until the hackfest ends. */
  signupsReopened: boolean;
  /** A person presents at most one demo here, unless organizers allow more. */
  oneDemoEach: boolean;
  /** Volunteers who run the show: the emcee calls presenters, the timekeeper keeps time (organizers may too). */
  emceeId: UserId | null;
  timekeeperId: UserId | null;
  /** The reminders this hackfest gets (organizers may leave some out). */
  reminders: ReminderKind[];
  /** The channel message that shows this hackfest, once posted. */
  announcement: { channelId: ChannelId; ts: string } | null;
};

export const LIMITS = {
  titleLength: 150,
  descriptionLength: 1_000,
  minSlots: 1,
  maxSlots: 100,
  minDemoMs: 60_000,
  maxDemoMs: 60 * 60_000,
  minDurationMs: 15 * 60_000,
  maxDurationMs: 7 * 24 * 60 * 60_000,
  teamSize: 10,
} as const;

export const DEFAULTS = {
  slots: 8,
  demoMs: 5 * 60_000,
  durationMs: 3 * 60 * 60_000,
  time: '14:00',
} as const;

/** A recurring hackfest: a rule in the organizer's zone, from which each occurrence becomes a Hackfest of its own. */
export type Series = {
  id: string;
  title: string;
  description: string;
  channelId: ChannelId;
  organizerId: UserId;
  coOrganizerIds: UserId[];
  timeZone: string;
  /** RFC 5545 RRULE body without DTSTART, e.g. `FREQ=MONTHLY;BYDAY=+2FR`. */
  rule: string;
  /** The first occurrence's wall-clock start; the rule repeats it. */
  firstStart: LocalDateTime;
  durationMs: number;
  slots: number;
  demoMs: number;
  /** How long before each start sign-ups close. */
  signupLeadMs: number;
  /** Occurrences an organizer skipped, by their local date. */
  skippedDates: string[];
  status: 'active' | 'ended';
  /** The reminders each occurrence gets. */
  reminders: ReminderKind[];
  /** When organizers were last asked to extend the series, so they are asked once. */
  nudgedAt: number | null;
  /** The series that carries on its later dates, once they were moved "from this date on". */
  continuedBy: string | null;
};

/** Who may reschedule, cancel and manage a hackfest: its organizer, co-organizers and workspace admins. */
export function isOrganizer(
  hackfest: Pick<Hackfest, 'organizerId' | 'coOrganizerIds'>,
  userId: UserId,
  isAdmin: boolean,
) {
  return isAdmin || hackfest.organizerId === userId || hackfest.coOrganizerIds.includes(userId);
}

/** Who may run the timer: the emcee, the timekeeper, and the organizers. */
export function runsTheShow(hackfest: Hackfest, userId: UserId, isAdmin: boolean): boolean {
  return hackfest.emceeId === userId || hackfest.timekeeperId === userId || isOrganizer(hackfest, userId, isAdmin);
}

/** Starting the show more than this before its time asks for a confirmation: a click days early is likely a slip. */
const EARLY_START_MS = 60 * 60_000;

/** Whether starting the show now is well before the hackfest's time. */
export const wellBeforeItsTime = (hackfest: Pick<Hackfest, 'startsAt'>, now: number): boolean =>
  now < hackfest.startsAt - EARLY_START_MS;

export function endsAt(hackfest: Pick<Hackfest, 'startsAt' | 'durationMs'>): number {
  return hackfest.startsAt + hackfest.durationMs;
}

/**
 * A hackfest saved but not yet announced: the due job that announces it if its process dies before it gets to
 * (scheduling saves first, so that a click on the announcement always finds the hackfest).
 */
export const ANNOUNCE_JOB = 'announce';
export const ANNOUNCE_GRACE_MS = 2 * 60_000;
export const announceKey = (hackfestId: string) => `${ANNOUNCE_JOB}:${hackfestId}`;
