import type { Hackfest, UserId } from '../domain/hackfest.ts';
import { presenters } from '../domain/lineup.ts';
import type { Notice } from '../domain/notices.ts';
import type { Deps } from './deps.ts';

/** Everyone a change to this hackfest concerns (organizers and presenters), except the person who made it. */
export async function concerned(deps: Deps, hackfest: Hackfest, actorId: UserId): Promise<UserId[]> {
  const demos = await deps.store.demos.ofHackfest(hackfest.id);
  const people = [hackfest.organizerId, ...hackfest.coOrganizerIds, ...demos.flatMap(presenters)];
  return [...new Set(people)].filter((id) => id !== actorId);
}

/** Tells each person; one undeliverable DM does not keep the others from being told. */
export async function tell(deps: Deps, userIds: readonly UserId[], notice: Notice): Promise<void> {
  await Promise.allSettled(userIds.map((userId) => deps.announcer.notify(userId, notice)));
}
