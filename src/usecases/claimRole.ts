import { type Hackfest, isOrganizer, type UserId } from '../domain/hackfest.ts';
import { type Refused, type Role, refuseIfHeld } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';

const FIELD = { emcee: 'emceeId', timekeeper: 'timekeeperId' } as const;

/**
 * Anyone may claim the emcee or timekeeper role while it is free, and give it back; organizers may also free it
 * for someone else.
 */
export async function claimRole(
  deps: Deps,
  request: { userId: UserId; hackfestId: string; role: Role; claim: boolean },
): Promise<{ ok: true; hackfest: Hackfest } | Refused> {
  const { userId, hackfestId, role, claim } = request;
  const { isAdmin } = await deps.people.profile(userId);
  const outcome = await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests }): Promise<{ ok: true; hackfest: Hackfest } | Refused> => {
      const hackfest = await hackfests.lock(hackfestId);
      if (!hackfest || hackfest.status === 'cancelled') return { ok: false, refused: 'not-found' };
      const held = refuseIfHeld(hackfest);
      if (held) return held;
      const holder = hackfest[FIELD[role]];
      const mayChange = holder === null || holder === userId || (!claim && isOrganizer(hackfest, userId, isAdmin));
      if (!mayChange && holder) return { ok: false, refused: 'role-taken', hackfest, role, by: holder };
      const changed = { ...hackfest, [FIELD[role]]: claim ? userId : null };
      await hackfests.save(changed);
      return { ok: true, hackfest: changed };
    }),
  );
  if (outcome.ok) {
    deps.announcer.refresh(hackfestId);
    deps.homes.refresh([userId]);
  }
  return outcome;
}
