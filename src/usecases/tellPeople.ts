import { type Audience, concernedBy } from '../domain/audience.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Notice } from '../domain/notices.ts';
import type { Deps } from './deps.ts';

/** Everyone a change to this hackfest concerns, except the person who made it and anyone in `toldAlready`. */
export async function concerned(
  deps: Deps,
  hackfest: Hackfest,
  actorId: UserId,
  toldAlready: readonly UserId[] = [],
): Promise<Audience> {
  return concernedBy(hackfest, await deps.store.demos.ofHackfest(hackfest.id), [actorId, ...toldAlready]);
}

/** Tells each person; one undeliverable DM does not keep the others from being told. */
export async function tell(deps: Deps, userIds: readonly UserId[], notice: Notice): Promise<void> {
  await Promise.allSettled(userIds.map((userId) => deps.announcer.notify(userId, notice)));
}
