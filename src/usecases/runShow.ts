import { endsAt, type Hackfest, runsTheShow, type UserId, wellBeforeItsTime } from '../domain/hackfest.ts';
import { lineup, presenters } from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import { showJobs } from '../domain/showJobs.ts';
import { apply, type Command, type Control, isOn, type Show } from '../domain/timer.ts';
import type { Repositories } from '../ports.ts';
import type { Deps } from './deps.ts';
import { markHeld, showHeld } from './holdHackfest.ts';
import { openFeedback } from './openFeedback.ts';
import { reviseStartReminder } from './startReminder.ts';
import { tell } from './tellPeople.ts';

/** A timer control; a start well before the hackfest's time must say it is meant (`early`). */
export type ShowControl = Control | { type: 'start'; early: true };

export type ShowChanged = { ok: true; hackfest: Hackfest; show: Show } | Refused;

/** Which show a control is for: a hackfest named by a button, or the one live (or next) in the channel. */
export type ShowTarget = { hackfestId: string } | { channelId: string };

async function findHackfest(deps: Deps, target: ShowTarget, starting: boolean): Promise<Hackfest | undefined> {
  if ('hackfestId' in target) return deps.store.hackfests.get(target.hackfestId);
  const live = await deps.store.shows.liveIn(target.channelId);
  if (live) return deps.store.hackfests.get(live.hackfestId);
  if (!starting) return undefined;
  const now = deps.clock.now();
  // A show that ended before its hackfest's end time still answers `start` (that it is over).
  const [next] = await deps.store.hackfests.upcoming({ now, channelIds: [target.channelId], alsoHeld: true });
  return next && endsAt(next) > now ? next : undefined;
}

/**
 * The emcee's and timekeeper's controls (organizers may use them too): start, next, skip, pause, resume, extend,
 * gong, end. The timer's rules decide; the new state and its moved due work (warning, gong, redraws) are saved in one
 * transaction; then the channel is shown the change.
 */
export async function runShow(
  deps: Deps,
  request: { actorId: UserId; target: ShowTarget; control: ShowControl },
): Promise<ShowChanged> {
  const { actorId, control } = request;
  const found = await findHackfest(deps, request.target, control.type === 'start');
  if (!found)
    return control.type === 'start'
      ? { ok: false, refused: 'nothing-to-start' }
      : { ok: false, refused: 'no-show', hackfest: null };
  const { isAdmin } = await deps.people.profile(actorId);
  if (!runsTheShow(found, actorId, isAdmin)) return { ok: false, refused: 'not-running-the-show', hackfest: found };
  if (control.type === 'start') {
    // A show that is on without its run-of-show message (posting it failed) gets it from a second start.
    const stored = await deps.store.shows.get(found.id);
    if (stored && isOn(stored.show) && stored.messageTs === null) {
      await openRunOfShow(deps, found.id);
      return { ok: true, hackfest: found, show: stored.show };
    }
  }
  if (control.type === 'start' && !('early' in control) && wellBeforeItsTime(found, deps.clock.now()))
    return { ok: false, refused: 'too-early', hackfest: found };

  const now = deps.clock.now();
  const outcome = await deps.oneAtATime(found.id, () =>
    deps.store.transaction(async (repositories) => {
      const hackfest = (await repositories.hackfests.lock(found.id)) ?? found;
      // An older Start button (the start reminder's, or "Start it now") outlives a cancellation.
      if (control.type === 'start' && hackfest.status === 'cancelled')
        return { ok: false as const, refused: 'cancelled' as const, hackfest };
      const stored = (await repositories.shows.get(hackfest.id)) ?? {
        hackfestId: hackfest.id,
        show: { status: 'not-started' as const },
        channelId: hackfest.channelId,
        messageTs: null,
      };
      const command = await toCommand(repositories, hackfest, control);
      const applied = apply(stored.show, command, now);
      if ('refused' in applied)
        return { ok: false as const, refused: 'timer' as const, hackfest, reason: applied.refused };
      await repositories.shows.save({ ...stored, show: applied.show });
      await moveDueWork(repositories, hackfest.id, stored.show, applied.show, now);
      const after = applied.show.status === 'ended' ? await markHeld(repositories, hackfest) : hackfest;
      return { ok: true as const, hackfest: after, stored: { ...stored, show: applied.show }, before: stored.show };
    }),
  );
  if (!outcome.ok) return outcome;

  const { hackfest, stored } = outcome;
  if (control.type === 'start') {
    await openRunOfShow(deps, hackfest.id);
    deps.announcer.refresh(hackfest.id);
  } else deps.stage.refresh(hackfest.id);
  if (control.type === 'gong') await deps.stage.ring(hackfest.id, `manual:${hackfest.id}:${now}`, actorId);
  if (['start', 'next', 'skip'].includes(control.type)) await tellUpNext(deps, hackfest, stored.show);
  // Only a start or the end changes what the start reminder says (every control on an ended show is refused).
  if (control.type === 'start' || stored.show.status === 'ended')
    await reviseStartReminder(deps, hackfest, stored.show);
  if (stored.show.status === 'ended') {
    await openFeedback(deps, hackfest.id);
    await showHeld(deps, hackfest);
  }
  return { ok: true, hackfest, show: stored.show };
}

/** Posts the run-of-show message (or finds the one posted) and keeps where it is. */
async function openRunOfShow(deps: Deps, hackfestId: string): Promise<void> {
  await deps.store.shows.recordMessage(hackfestId, await deps.stage.open(hackfestId));
}

async function toCommand(repositories: Repositories, hackfest: Hackfest, control: ShowControl): Promise<Command> {
  if (control.type !== 'start') return control;
  const { onStage } = lineup(await repositories.demos.ofHackfest(hackfest.id), hackfest.slots);
  return { type: 'start', programme: onStage.map((demo) => ({ demoId: demo.id, limitMs: demo.lengthMs })) };
}

/** Schedules the warning, the gong and the next redraw of the demo now on stage; cancels what no longer applies. */
export async function moveDueWork(
  repositories: Repositories,
  hackfestId: string,
  before: Show,
  after: Show,
  now: number,
) {
  const { schedule, cancel } = showJobs(hackfestId, before, after, now);
  for (const key of cancel) await repositories.dueJobs.cancel(key);
  for (const job of schedule) await repositories.dueJobs.schedule(job);
}

/** The presenters of the demo after the one now on stage hear that they are up next. */
export async function tellUpNext(deps: Deps, hackfest: Hackfest, show: Show) {
  if (!isOn(show)) return;
  const next = show.programme[show.current + 1];
  if (!next) return;
  const demo = (await deps.store.demos.ofHackfest(hackfest.id)).find((each) => each.id === next.demoId);
  if (demo) await tell(deps, presenters(demo), { kind: 'upNext', hackfest, demoTitle: demo.title });
}
