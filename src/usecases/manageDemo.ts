import type { Hackfest, UserId } from '../domain/hackfest.ts';
import {
  cleanDemoDraft,
  type Demo,
  type DemoDraft,
  type DemoError,
  demoChangeRefusal,
  lineup,
  lineupChanges,
  presenters,
  signupRefusal,
  teamOf,
  validateDemo,
} from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { followLineup, showProgrammeChange } from './liveProgramme.ts';
import { refreshHomesOf } from './refreshHomes.ts';
import { tell, tellTeamChanges } from './tellPeople.ts';

/** The demo this person presents at a hackfest, if any: one they own, or else one whose team they are in. */
const demoOf = (demos: readonly Demo[], userId: UserId): Demo | undefined =>
  demos.find((demo) => demo.ownerId === userId) ?? demos.find((demo) => demo.teamIds.includes(userId));

export async function myDemo(deps: Deps, request: { userId: UserId; hackfestId: string }): Promise<Demo | undefined> {
  return demoOf(await deps.store.demos.ofHackfest(request.hackfestId), request.userId);
}

/**
 * Why this person may not sign up to this hackfest now, if they may not: its sign-ups are closed, or they present a
 * demo already (one demo each). Checked before showing the form, so nobody fills it in to be refused.
 */
export async function signupRefusalFor(
  deps: Deps,
  request: { userId: UserId; hackfest: Hackfest },
): Promise<Refused | undefined> {
  const { userId, hackfest } = request;
  const refused = signupRefusal(hackfest, deps.clock.now());
  if (refused || !hackfest.oneDemoEach) return refused;
  // Asked on every click of a crowd: only whether they present, not the whole line-up.
  const presents = (await deps.store.demos.presenting(hackfest.id, [userId])).has(userId);
  return presents ? { ok: false, refused: 'already-presenting', hackfest, userIds: [userId] } : undefined;
}

export type Edited = { ok: true; demo: Demo } | { ok: false; errors: DemoError[] } | Refused;

/** The owner changes their demo's title, description, team or length; whoever joins or leaves its team is told. */
export async function editDemo(
  deps: Deps,
  request: { userId: UserId; hackfestId: string; draft: DemoDraft },
): Promise<Edited> {
  const { userId, hackfestId } = request;
  const draft = cleanDemoDraft(request.draft);
  const { edited, hackfest, programme, before } = await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos, shows }) => {
      const hackfest = await hackfests.lock(hackfestId);
      const refusedWith = (refusal: Edited) => ({ edited: refusal, hackfest, programme: undefined, before: undefined });
      if (!hackfest) return refusedWith({ ok: false, refused: 'not-found' });
      const refused = demoChangeRefusal(hackfest);
      if (refused) return refusedWith(refused);
      const mine = (await demos.ofHackfest(hackfestId)).find((demo) => demo.ownerId === userId);
      if (!mine) return refusedWith({ ok: false, refused: 'no-demo', hackfest });
      const errors = validateDemo(draft, hackfest);
      if (errors.length > 0) return refusedWith({ ok: false, errors });
      const demo: Demo = {
        ...mine,
        title: draft.title,
        description: draft.description,
        teamIds: teamOf(draft, userId),
        lengthMs: draft.lengthMs,
      };
      const saved = await demos.save(demo, { oneEach: hackfest.oneDemoEach });
      if (!saved.ok) return refusedWith({ ok: false, refused: 'already-presenting', hackfest, userIds: saved.taken });
      // A demo still to come in a show that is on is called with its new length.
      const resized = demo.lengthMs === mine.lengthMs ? undefined : demo;
      return {
        edited: { ok: true, demo } as const,
        before: mine,
        hackfest,
        programme: await followLineup(shows, hackfestId, { entered: [], ...(resized ? { resized } : {}) }),
      };
    }),
  );
  if (edited.ok && hackfest && before) {
    deps.announcer.refresh(hackfestId);
    deps.homes.refresh([userId, ...presenters(edited.demo), ...before.teamIds]);
    await showProgrammeChange(deps, hackfest, programme);
    const { teamIds } = edited.demo;
    tellTeamChanges(deps, hackfest, {
      demoTitle: edited.demo.title,
      by: userId,
      joined: teamIds.filter((id) => !before.teamIds.includes(id)),
      left: before.teamIds.filter((id) => !teamIds.includes(id)),
    });
  }
  return edited;
}

/** Who left, and for a withdrawn demo, whether it was waiting and which demos moved up into the line-up for it. */
export type Withdrawn =
  | { ok: true; demo: Demo; left: 'team' }
  | { ok: true; demo: Demo; left: 'demo'; wasWaiting: boolean; promoted: Demo[] }
  | Refused;

/**
 * The owner withdraws their demo (its team is told, and the first on the waitlist moves up and is told); a team
 * member leaves the team.
 * Allowed until the hackfest has taken place, and not once it is cancelled.
 */
export async function withdraw(deps: Deps, request: { userId: UserId; hackfestId: string }): Promise<Withdrawn> {
  const { userId, hackfestId } = request;
  const outcome = await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos, shows }) => {
      const hackfest = await hackfests.lock(hackfestId);
      if (!hackfest) return { ok: false as const, refused: 'not-found' as const };
      const refused = demoChangeRefusal(hackfest);
      if (refused) return refused;
      const before = await demos.ofHackfest(hackfestId);
      const demo = demoOf(before, userId);
      if (!demo) return { ok: false as const, refused: 'no-demo' as const, hackfest };
      if (demo.ownerId !== userId) {
        await demos.save({ ...demo, teamIds: demo.teamIds.filter((id) => id !== userId) }, { oneEach: false });
        return {
          ok: true as const,
          demo,
          left: 'team' as const,
          hackfest,
          wasWaiting: false,
          promoted: [],
          programme: undefined,
        };
      }
      await demos.remove(demo.id);
      const after = before.filter((each) => each.id !== demo.id);
      const { promoted } = lineupChanges(before, after, hackfest.slots);
      const wasWaiting = lineup(before, hackfest.slots).waitlist.some((each) => each.id === demo.id);
      const programme = await followLineup(shows, hackfestId, { withdrawnId: demo.id, entered: promoted });
      return { ok: true as const, demo, left: 'demo' as const, hackfest, wasWaiting, promoted, programme };
    }),
  );
  if (!outcome.ok) return outcome;
  deps.announcer.refresh(hackfestId);
  const { hackfest, promoted } = outcome;
  await showProgrammeChange(deps, hackfest, outcome.programme);
  // Everyone behind moved up a place; whoever left (a withdrawn demo's whole team) is no longer among its people.
  await refreshHomesOf(deps, hackfest, presenters(outcome.demo));
  const after = await deps.store.demos.ofHackfest(hackfestId);
  for (const demo of promoted) {
    const position = after.findIndex((each) => each.id === demo.id) + 1;
    await tell(deps, [demo.ownerId, ...demo.teamIds], { kind: 'promoted', hackfest, demoTitle: demo.title, position });
  }
  const { demo, left, wasWaiting } = outcome;
  if (left === 'demo')
    await tell(deps, demo.teamIds, { kind: 'demoWithdrawn', hackfest, demoTitle: demo.title, by: request.userId });
  else
    await tell(deps, [demo.ownerId], {
      kind: 'teamMemberLeft',
      hackfest,
      demoTitle: demo.title,
      memberId: request.userId,
    });
  return left === 'team' ? { ok: true, demo, left } : { ok: true, demo, left, wasWaiting, promoted };
}
