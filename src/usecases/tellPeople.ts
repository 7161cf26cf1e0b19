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

/**
 * Tells those a demo's owner put on its team, or took off it, without keeping the form waiting for Slack: the change
 * is made; the DMs follow.
 */
export function tellTeamChanges(
  deps: Deps,
  hackfest: Hackfest,
  change: { demoTitle: string; by: UserId; joined: readonly UserId[]; left: readonly UserId[] },
): void {
  const { demoTitle, by } = change;
  void Promise.all([
    tell(deps, change.joined, { kind: 'teamChanged', hackfest, demoTitle, by, joined: true }),
    tell(deps, change.left, { kind: 'teamChanged', hackfest, demoTitle, by, joined: false }),
  ]);
}
