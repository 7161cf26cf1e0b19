import type { Hackfest, UserId } from '../domain/hackfest.ts';
import { type Demo, lineupChanges, type Move, moveDemo, shuffleStage } from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { loadForOrganizer } from './loadForOrganizer.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { tell } from './tellPeople.ts';

export type LineupChanged = { ok: true; hackfest: Hackfest; demos: Demo[] } | Refused;

/** What an organizer sees in "Manage line-up": the hackfest and its demos in order. */
export async function lineupFor(deps: Deps, request: { actorId: UserId; hackfestId: string }): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  return { ok: true, hackfest: loaded.hackfest, demos: await deps.store.demos.ofHackfest(request.hackfestId) };
}

/** Organizers reorder the stage; presenters whose place changed by more than one are told their new place. */
async function reorder(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string },
  order: (demos: Demo[], slots: number) => Demo[],
): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const changed = await deps.oneAtATime(request.hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos }) => {
      const hackfest = (await hackfests.lock(request.hackfestId)) ?? loaded.hackfest;
      const before = await demos.ofHackfest(hackfest.id);
      const after = order(before, hackfest.slots);
      await demos.reorder(after);
      return { hackfest, before, after };
    }),
  );
  const { hackfest, before, after } = changed;
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest);
  for (const demo of lineupChanges(before, after, hackfest.slots).movedFar) {
    const position = after.findIndex((each) => each.id === demo.id) + 1;
    await tell(deps, [demo.ownerId, ...demo.teamIds], {
      kind: 'lineupMoved',
      hackfest,
      demoTitle: demo.title,
      position,
    });
  }
  return { ok: true, hackfest, demos: after };
}

export const moveInLineup = (
  deps: Deps,
  request: { actorId: UserId; hackfestId: string; demoId: string; move: Move },
) => reorder(deps, request, (demos, slots) => moveDemo(demos, slots, request.demoId, request.move));

export const shuffleLineup = (deps: Deps, request: { actorId: UserId; hackfestId: string }) =>
  reorder(deps, request, (demos, slots) => shuffleStage(demos, slots, deps.random));

/** Organizers change a sign-up rule: reopen sign-ups after they closed (until the end), or allow several demos each. */
export async function setSignupRule(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string; rule: 'signupsReopened' | 'oneDemoEach'; on: boolean },
): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const hackfest = { ...loaded.hackfest, [request.rule]: request.on };
  await deps.store.transaction(({ hackfests }) => hackfests.save(hackfest));
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest);
  return { ok: true, hackfest, demos: await deps.store.demos.ofHackfest(hackfest.id) };
}
