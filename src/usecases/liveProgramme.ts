import type { Hackfest } from '../domain/hackfest.ts';
import type { Demo } from '../domain/lineup.ts';
import { afterLineupChange, type Show } from '../domain/timer.ts';
import type { Shows } from '../ports.ts';
import type { Deps } from './deps.ts';
import { tellUpNext } from './runShow.ts';

export type ProgrammeChange = { show: Show; upNextChanged: boolean } | undefined;

/**
 * While the show is on, its programme follows the line-up (in the line-up's transaction): a withdrawn demo still to
 * come leaves it, so the emcee never calls it; demos that entered the line-up join at its end, so they are called.
 */
export async function followLineup(
  shows: Shows,
  hackfestId: string,
  change: { withdrawnId?: string; entered: readonly Demo[] },
): Promise<ProgrammeChange> {
  if (change.entered.length === 0 && change.withdrawnId === undefined) return undefined;
  const stored = await shows.get(hackfestId);
  if (!stored) return undefined;
  const joining = change.entered.map((demo) => ({ demoId: demo.id, limitMs: demo.lengthMs }));
  const show = afterLineupChange(stored.show, { withdrawnId: change.withdrawnId, joining });
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

const upNext = (show: Show) => ('programme' in show ? show.programme[show.current + 1]?.demoId : undefined);
