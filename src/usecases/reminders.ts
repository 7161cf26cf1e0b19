import { lineup, presenters, signupsOpen } from '../domain/lineup.ts';
import {
  REMINDER_KINDS,
  type ReminderKind,
  reminderKey,
  reminderPlan,
  stillUseful,
  withDayBefore,
} from '../domain/reminders.ts';
import { ChannelUnavailableError, type DueJob } from '../ports.ts';
import { announcementState } from './announcementState.ts';
import type { Deps } from './deps.ts';
import { findHackfests } from './listHackfests.ts';
import { recordStartReminder } from './startReminder.ts';
import { tell } from './tellPeople.ts';

export type ReminderPayload = { hackfestId: string; kind: ReminderKind; startsAt: number };

export type ReminderOutcome = 'posted' | 'stale' | 'too-late' | 'not-needed' | 'channel-unavailable';

/**
 * Posts a due reminder from the hackfest's current state. A reminder for a start that has since moved is stale; one
 * that is late after downtime is posted only while it still makes sense; "sign-ups closing" only when slots are free
 * and the day-before is not going out at the same minute (a job planned before the deadline moved to the start).
 */
export async function postReminder(deps: Deps, job: DueJob): Promise<ReminderOutcome> {
  const { hackfestId, kind, startsAt } = job.payload as ReminderPayload;
  const state = await announcementState(deps.store, hackfestId);
  if (!state || state.hackfest.startsAt !== startsAt || state.hackfest.status !== 'scheduled') return 'stale';
  const { hackfest, demos } = state;
  const now = deps.clock.now();
  if (!stillUseful(kind, hackfest, now)) return 'too-late';
  const { onStage } = lineup(demos, hackfest.slots);
  const full = onStage.length >= hackfest.slots;
  if (kind === 'signups-closing' && (full || !signupsOpen(hackfest, now) || withDayBefore(kind, hackfest)))
    return 'not-needed';
  if (kind === 'presenters') {
    for (const [index, demo] of onStage.entries())
      await tell(deps, presenters(demo), { kind: 'presenting', hackfest, demoTitle: demo.title, position: index + 1 });
    return 'posted';
  }
  try {
    const show = (await deps.store.shows.get(hackfestId))?.show ?? { status: 'not-started' };
    const ts = await deps.announcer.remind(kind, { ...state, show }, job.id);
    if (kind === 'starting' && ts) await recordStartReminder(deps, hackfest, show, ts);
    return 'posted';
  } catch (error) {
    if (!(error instanceof ChannelUnavailableError)) throw error;
    await deps.store.transaction(async ({ dueJobs }) => {
      for (const each of REMINDER_KINDS) if (each !== 'presenters') await dueJobs.cancel(reminderKey(each, hackfest));
    });
    await tell(deps, [hackfest.organizerId, ...hackfest.coOrganizerIds], { kind: 'remindersBlocked', hackfest });
    return 'channel-unavailable';
  }
}

/** The reminder plan of the next hackfest in a channel, for `/hackfest reminders`. */
export async function remindersOf(deps: Deps, request: { channelId: string; title: string }) {
  const [next] = await findHackfests(deps, request);
  return next ? { hackfest: next, plan: reminderPlan(next, deps.clock.now()) } : undefined;
}
