import type { Hackfest } from '../domain/hackfest.ts';
import type { Demo } from '../domain/lineup.ts';
import { afterLineupChange, isOn, type Show } from '../domain/timer.ts';
import type { Shows } from '../ports.ts';
import type { Deps } from './deps.ts';
import { tellUpNext } from './runShow.ts';

export type ProgrammeChange = { show: Show; upNextChanged: boolean } | undefined;

/**
 * While the show is on, its programme follows the line-up (in the line-up's transaction): a withdrawn demo still to
 * come leaves it, so the emcee never calls it; a resized one still to come gets its new length; demos that entered the
 * line-up join at its end, so they are called.
 */
export async function followLineup(
  shows: Shows,
  hackfestId: string,
  change: { withdrawnId?: string; entered: readonly Demo[]; resized?: Demo },
): Promise<ProgrammeChange> {
  const { withdrawnId, entered, resized } = change;
  if (entered.length === 0 && withdrawnId === undefined && resized === undefined) return undefined;
  const stored = await shows.get(hackfestId);
  if (!stored) return undefined;
  const show = afterLineupChange(stored.show, {
    withdrawnId,
    joining: entered.map(slotOf),
    ...(resized ? { resized: slotOf(resized) } : {}),
  });
  if (show === stored.show) return undefined;
  await shows.save({ ...stored, show });
  return { show, upNextChanged: upNext(show) !== upNext(stored.show) };
}

/** Once saved: the run-of-show message shows the new programme, and whoever is now up next is told. */
export async function showProgrammeChange(deps: Deps, hackfest: Hackfest, change: ProgrammeChange): Promise<void> {
  if (!change) return;
  deps.stage.refresh(hackfest.id);
  if (change.upNextChanged) await tellUpNext(deps, hackfest, change.show);
}

const slotOf = (demo: Demo) => ({ demoId: demo.id, limitMs: demo.lengthMs });

const upNext = (show: Show) => (isOn(show) ? show.programme[show.current + 1]?.demoId : undefined);
