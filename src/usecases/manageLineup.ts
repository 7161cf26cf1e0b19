import type { Hackfest, UserId } from '../domain/hackfest.ts';
import {
  type Demo,
  lineupChanges,
  type Move,
  moveDemo,
  presenters,
  removeWaiting,
  sameOrder,
  shuffleStage,
} from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import { isOn } from '../domain/timer.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';
import { loadForOrganizer } from './loadForOrganizer.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { tell } from './tellPeople.ts';

/** Those of `people` who did not make the change themselves, and so have something to be told. */
const othersThan = (actorId: UserId, people: readonly UserId[]) => people.filter((id) => id !== actorId);

export type LineupChanged = { ok: true; hackfest: Hackfest; demos: Demo[] } | Refused;

/** What an organizer sees in "Manage line-up": the hackfest and its demos in order. */
export async function lineupFor(deps: Deps, request: { actorId: UserId; hackfestId: string }): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  return { ok: true, hackfest: loaded.hackfest, demos: await deps.store.demos.ofHackfest(request.hackfestId) };
}

/**
 * Organizers reorder the stage; presenters whose place changed by more than one (but the organizer who moved it) are
 * told their new place. A click that would move no one (a stale modal, a double click) changes and redraws nothing
 * but the modal.
 */
async function reorder(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string },
  order: (demos: Demo[], slots: number) => Demo[],
): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const changed = await deps.oneAtATime(request.hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos, shows }) => {
      const hackfest = (await hackfests.lock(request.hackfestId)) ?? loaded.hackfest;
      // The show runs in the order it started with (presenters would be told a place it does not call them at).
      if (isOn((await shows.get(hackfest.id))?.show)) return { hackfest, refused: true };
      const before = await demos.ofHackfest(hackfest.id);
      const after = order(before, hackfest.slots);
      if (sameOrder(before, after)) return { hackfest, before, after: before, moved: false };
      await demos.reorder(after);
      return { hackfest, before, after, moved: true };
    }),
  );
  if ('refused' in changed) return { ok: false, refused: 'show-on-order', hackfest: changed.hackfest };
  const { hackfest, before, after, moved } = changed;
  if (!moved) return { ok: true, hackfest, demos: after };
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest);
  for (const demo of lineupChanges(before, after, hackfest.slots).movedFar) {
    const position = after.findIndex((each) => each.id === demo.id) + 1;
    await tell(deps, othersThan(request.actorId, presenters(demo)), {
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
  // Saved from the hackfest as it is now, so a change made since it was loaded (a role claimed, a move) holds.
  const { hackfest, changed } = await deps.oneAtATime(request.hackfestId, () =>
    deps.store.transaction(async ({ hackfests }) => {
      const current = (await hackfests.lock(request.hackfestId)) ?? loaded.hackfest;
      // A click from a modal that no longer shows the rule as it is asks for what already holds.
      if (current[request.rule] === request.on) return { hackfest: current, changed: false };
      const hackfest = { ...current, [request.rule]: request.on };
      await hackfests.save(hackfest);
      return { hackfest, changed: true };
    }),
  );
  if (!changed) return { ok: true, hackfest, demos: await deps.store.demos.ofHackfest(hackfest.id) };
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest);
  return { ok: true, hackfest, demos: await deps.store.demos.ofHackfest(hackfest.id) };
}

/** The clock's job when a hackfest's sign-ups close: its announcement redrawn, without "Sign up to demo". */
export async function signupsClosed(deps: Deps, job: DueJob): Promise<void> {
  const { hackfestId } = job.payload as { hackfestId: string };
  deps.announcer.refresh(hackfestId);
}

/**
 * Organizers remove a demo from the waitlist; its presenters (but the organizer who removed it) are told. Those behind it move up a place on the
 * waitlist, and nobody on stage moves. A demo no longer waiting (promoted or withdrawn meanwhile) stays as it is.
 */
export async function removeFromWaitlist(
  deps: Deps,
  request: { actorId: UserId; hackfestId: string; demoId: string },
): Promise<LineupChanged> {
  const loaded = await loadForOrganizer(deps, request.hackfestId, request.actorId);
  if (!loaded.ok) return loaded;
  const { hackfest, removed, after } = await deps.oneAtATime(request.hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos }) => {
      const hackfest = (await hackfests.lock(request.hackfestId)) ?? loaded.hackfest;
      const before = await demos.ofHackfest(hackfest.id);
      const removal = removeWaiting(before, hackfest.slots, request.demoId);
      if (!removal) return { hackfest, removed: undefined, after: before };
      await demos.remove(removal.removed.id);
      return { hackfest, ...removal };
    }),
  );
  if (!removed) return { ok: true, hackfest, demos: after };
  deps.announcer.refresh(hackfest.id);
  await refreshHomesOf(deps, hackfest, presenters(removed));
  await tell(deps, othersThan(request.actorId, presenters(removed)), {
    kind: 'removedFromWaitlist',
    hackfest,
    demoTitle: removed.title,
    by: request.actorId,
  });
  return { ok: true, hackfest, demos: after };
}
