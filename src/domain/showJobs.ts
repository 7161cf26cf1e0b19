import { dueTimes, isOn, type Live, type Show } from './timer.ts';

/** How often the run-of-show message is redrawn while a demo runs; also at 30 s left (and at the warning). */
export const TICK_MS = 15_000;
const LAST_REDRAW_BEFORE_MS = 30_000;

export const SHOW_JOBS = { warning: 'show-warning', gong: 'show-gong', tick: 'show-tick' } as const;

export type ShowJob = { kind: string; key: string; dueAt: number; payload: { hackfestId: string } };

/** The keys of the current demo's warning and gong: a demo that comes back after a skip gets new ones. */
export function demoJobKeys(hackfestId: string, show: Live) {
  const demoId = show.programme[show.current]?.demoId ?? '';
  const id = `${hackfestId}:${demoId}:${show.startedAt}`;
  return { warning: `${SHOW_JOBS.warning}:${id}`, gong: `${SHOW_JOBS.gong}:${id}` };
}

/**
 * The due work a show needs after a change: the current demo's warning and gong while its timer runs, and the next
 * redraw of the message; and the keys to cancel (the previous demo's, or this one's while paused).
 */
export function showJobs(
  hackfestId: string,
  before: Show,
  after: Show,
  now: number,
): { schedule: ShowJob[]; cancel: string[] } {
  const payload = { hackfestId };
  const cancel = isOn(before) ? Object.values(demoJobKeys(hackfestId, before)) : [];
  if (after.status !== 'running') return { schedule: [], cancel };
  const keys = demoJobKeys(hackfestId, after);
  const { warningAt, gongAt } = dueTimes(after, now);
  const schedule: ShowJob[] = [nextTick(hackfestId, now)];
  if (warningAt !== null) schedule.push({ kind: SHOW_JOBS.warning, key: keys.warning, dueAt: warningAt, payload });
  if (gongAt !== null) {
    schedule.push({ kind: SHOW_JOBS.gong, key: keys.gong, dueAt: gongAt, payload });
    if (gongAt - LAST_REDRAW_BEFORE_MS > now) schedule.push(tickAt(hackfestId, gongAt - LAST_REDRAW_BEFORE_MS));
  }
  const scheduled = new Set(schedule.map((job) => job.key));
  return { schedule, cancel: cancel.filter((key) => !scheduled.has(key)) };
}

/** The next redraw, on the next 15-second mark. */
export function nextTick(hackfestId: string, now: number): ShowJob {
  return tickAt(hackfestId, (Math.floor(now / TICK_MS) + 1) * TICK_MS);
}

function tickAt(hackfestId: string, dueAt: number): ShowJob {
  return { kind: SHOW_JOBS.tick, key: `${SHOW_JOBS.tick}:${hackfestId}:${dueAt}`, dueAt, payload: { hackfestId } };
}
