import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Notice } from '../domain/notices.ts';
import type { Deps } from './deps.ts';

/** Everyone a change to this hackfest concerns, except the person who made it. */
export function concerned(hackfest: Hackfest, actorId: UserId): UserId[] {
  return [...new Set([hackfest.organizerId, ...hackfest.coOrganizerIds])].filter((id) => id !== actorId);
}

/** Tells each person; one undeliverable DM does not keep the others from being told. */
export async function tell(deps: Deps, userIds: readonly UserId[], notice: Notice): Promise<void> {
  await Promise.allSettled(userIds.map((userId) => deps.announcer.notify(userId, notice)));
}
