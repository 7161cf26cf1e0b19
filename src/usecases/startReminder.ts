import type { Hackfest } from '../domain/hackfest.ts';
import type { Show } from '../domain/timer.ts';
import type { Deps } from './deps.ts';

/**
 * Once the show has started, the "is starting now" reminder no longer offers to start it, and once it is over it
 * says when it ran. A failure is logged, not thrown: the show's change is saved and shown already.
 */
export async function reviseStartReminder(deps: Deps, hackfest: Hackfest, show: Show): Promise<void> {
  const ts = await deps.store.hackfests.startReminderOf(hackfest.id);
  if (!ts) return;
  try {
    await deps.announcer.reviseStartReminder(hackfest, show, ts);
  } catch (error) {
    deps.logger.warn({ err: error, hackfestId: hackfest.id }, 'could not revise the start reminder');
  }
}

/**
 * Records where the start reminder was posted (again, harmlessly, when a retried job found its post). A show that
 * started while it was being posted, rendered from the state before, gets it revised now.
 */
export async function recordStartReminder(deps: Deps, hackfest: Hackfest, shown: Show, ts: string): Promise<void> {
  await deps.store.hackfests.recordStartReminder(hackfest.id, ts);
  const show = (await deps.store.shows.get(hackfest.id))?.show;
  if (show && show.status !== shown.status) await reviseStartReminder(deps, hackfest, show);
}
