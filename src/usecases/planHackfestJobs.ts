import { FEEDBACK_JOBS } from '../domain/feedback.ts';
import { endsAt, type Hackfest } from '../domain/hackfest.ts';
import { SIGNUPS_CLOSE_JOB, signupsCloseAt } from '../domain/lineup.ts';
import { REMINDER_JOB, REMINDER_KINDS, reminderKey, reminderPlan } from '../domain/reminders.ts';
import type { Repositories } from '../ports.ts';
import type { ReminderPayload } from './reminders.ts';

const feedbackKey = (hackfest: Hackfest) => `${FEEDBACK_JOBS.open}:${hackfest.id}:${hackfest.startsAt}`;
const signupsCloseKey = (hackfest: Hackfest) => `${SIGNUPS_CLOSE_JOB}:${hackfest.id}:${signupsCloseAt(hackfest)}`;

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
      {
        kind: SIGNUPS_CLOSE_JOB,
        key: signupsCloseKey(hackfest),
        dueAt: signupsCloseAt(hackfest),
        payload: { hackfestId: hackfest.id },
      },
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
  await repositories.dueJobs.cancel(signupsCloseKey(hackfest));
  await repositories.dueJobs.cancel(feedbackKey(hackfest));
}

/** Cancels the reminders planned for a hackfest at its start then. */
export async function cancelReminders({ dueJobs }: Repositories, hackfest: Hackfest) {
  for (const kind of REMINDER_KINDS) await dueJobs.cancel(reminderKey(kind, hackfest));
}
