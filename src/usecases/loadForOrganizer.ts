import { endsAt, type Hackfest, isOrganizer, type UserId } from '../domain/hackfest.ts';
import { type Refused, refuseIfHeld } from '../domain/refusals.ts';
import { isOn } from '../domain/timer.ts';
import type { Deps } from './deps.ts';

/**
 * Loads a hackfest that this person may still change: it exists, is neither cancelled, held nor over, and they are an
 * organizer, a co-organizer or a workspace admin.
 */
export async function loadForOrganizer(
  deps: Deps,
  hackfestId: string,
  actorId: UserId,
): Promise<{ ok: true; hackfest: Hackfest } | Refused> {
  const hackfest = await deps.store.hackfests.get(hackfestId);
  if (!hackfest) return { ok: false, refused: 'not-found' };
  if (hackfest.status === 'cancelled') return { ok: false, refused: 'cancelled', hackfest };
  const held = refuseIfHeld(hackfest);
  if (held) return held;
  if (endsAt(hackfest) <= deps.clock.now()) return { ok: false, refused: 'over', hackfest };
  const { isAdmin } = await deps.people.profile(actorId);
  if (!isOrganizer(hackfest, actorId, isAdmin)) return { ok: false, refused: 'not-organizer', hackfest };
  return { ok: true, hackfest };
}

/** The same, to move or cancel it, which its show being on refuses: the show would run on, gongs and all. */
export async function loadToMoveOrCancel(
  deps: Deps,
  hackfestId: string,
  actorId: UserId,
): Promise<{ ok: true; hackfest: Hackfest } | Refused> {
  const loaded = await loadForOrganizer(deps, hackfestId, actorId);
  if (!loaded.ok) return loaded;
  const on = isOn((await deps.store.shows.get(hackfestId))?.show);
  return on ? { ok: false, refused: 'show-on', hackfest: loaded.hackfest } : loaded;
}
