import { FEEDBACK_JOBS } from '../domain/feedback.ts';
import { endsAt, type Hackfest } from '../domain/hackfest.ts';
import { SIGNUPS_CLOSE_JOB, signupsCloseAt } from '../domain/lineup.ts';
import { REMINDER_JOB, REMINDER_KINDS, reminderKey, reminderPlan } from '../domain/reminders.ts';
import type { Repositories } from '../ports.ts';
import type { ReminderPayload } from './reminders.ts';

const feedbackKey = (hackfest: Hackfest) => `${FEEDBACK_JOBS.open}:${hackfest.id}:${hackfest.startsAt}`;
/** When sign-ups may close: at their deadline, or at the end if organizers keep them open. */
const signupsCloseJobs = (hackfest: Hackfest) =>
  [signupsCloseAt(hackfest), endsAt(hackfest)].map((dueAt) => ({
    kind: SIGNUPS_CLOSE_JOB,
    key: `${SIGNUPS_CLOSE_JOB}:${hackfest.id}:${dueAt}`,
    dueAt,
    payload: { hackfestId: hackfest.id },
  }));

/**
 * Plans a hackfest's due work, in the caller's transaction: its reminders, redrawing its announcement when sign-ups
 * close, and opening feedback when it ends (if no show ended it before). The work of its previous start (if it moved
 * or was cancelled) is cancelled first.
 */
export async function planHackfestJobs(
  repositories: Repositories,
  hackfest: Hackfest,
  now: number,
  previous?: Hackfest,
) {
  const { dueJobs } = repositories;
  if (previous) await cancelHackfestJobs(repositories, previous);
  for (const { kind, dueAt } of reminderPlan(hackfest, now)) {
    const payload: ReminderPayload = { hackfestId: hackfest.id, kind, startsAt: hackfest.startsAt };
    await dueJobs.schedule({ kind: REMINDER_JOB, key: reminderKey(kind, hackfest), dueAt, payload });
  }
  if (hackfest.status === 'scheduled')
    await dueJobs.schedule([
      ...signupsCloseJobs(hackfest),
      {
        kind: FEEDBACK_JOBS.open,
        key: feedbackKey(hackfest),
        dueAt: endsAt(hackfest),
        payload: { hackfestId: hackfest.id, startsAt: hackfest.startsAt },
      },
    ]);
}

/** Cancels what planHackfestJobs planned for a hackfest at its start then. */
export async function cancelHackfestJobs(repositories: Repositories, hackfest: Hackfest) {
  await cancelReminders(repositories, hackfest);
  for (const { key } of signupsCloseJobs(hackfest)) await repositories.dueJobs.cancel(key);
  await repositories.dueJobs.cancel(feedbackKey(hackfest));
}

/** Cancels the reminders planned for a hackfest at its start then. */
export async function cancelReminders({ dueJobs }: Repositories, hackfest: Hackfest) {
  for (const kind of REMINDER_KINDS) await dueJobs.cancel(reminderKey(kind, hackfest));
}
