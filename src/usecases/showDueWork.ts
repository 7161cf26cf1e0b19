import { demoJobKeys, nextTick } from '../domain/showJobs.ts';
import { apply, remaining } from '../domain/timer.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';

const hackfestOf = (job: DueJob) => (job.payload as { hackfestId: string }).hackfestId;

/**
 * The one-minute warning, if the demo it was for is still on stage and running, and its time is not already up (as
 * when the app comes back after being down: the gong says it then).
 */
export async function warnPresenter(deps: Deps, job: DueJob): Promise<void> {
  const hackfestId = hackfestOf(job);
  const stored = await deps.store.shows.get(hackfestId);
  if (stored?.show.status !== 'running' || demoJobKeys(hackfestId, stored.show).warning !== job.key) return;
  if (remaining(stored.show, deps.clock.now()) <= 0) return;
  await deps.stage.warn(hackfestId);
  deps.stage.refresh(hackfestId);
}

/**
 * The gong at zero. It rings only for the demo it was scheduled for, once: the post is tagged with this job's id,
 * so a run after a crash between Slack's answer and the bookkeeping finds it and does not ring again.
 */
export async function ringGong(deps: Deps, job: DueJob): Promise<void> {
  const hackfestId = hackfestOf(job);
  const now = deps.clock.now();
  const stored = await deps.store.shows.get(hackfestId);
  if (stored?.show.status !== 'running' || demoJobKeys(hackfestId, stored.show).gong !== job.key) return;
  if (stored.show.gonged || remaining(stored.show, now) > 0) return;
  await deps.stage.ring(hackfestId, job.id, null);
  await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests, shows }) => {
      // The hackfest's lock orders this with a Next or Extend on another replica, which then is not overwritten.
      await hackfests.lock(hackfestId);
      const fresh = await shows.get(hackfestId);
      if (fresh?.show.status !== 'running' || demoJobKeys(hackfestId, fresh.show).gong !== job.key) return;
      const applied = apply(fresh.show, { type: 'gong' }, now);
      if (!('refused' in applied)) await shows.save({ ...fresh, show: applied.show });
    }),
  );
  deps.stage.refresh(hackfestId);
}

/** Redraws the run-of-show message and books the next redraw, while a demo runs. */
export async function redrawShow(deps: Deps, job: DueJob): Promise<void> {
  const hackfestId = hackfestOf(job);
  const stored = await deps.store.shows.get(hackfestId);
  if (stored?.show.status !== 'running') return;
  deps.stage.refresh(hackfestId);
  await deps.store.dueJobs.schedule(nextTick(hackfestId, deps.clock.now()));
}
