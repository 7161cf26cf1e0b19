import type { Hackfest, UserId } from '../domain/hackfest.ts';
import {
  cleanDemoDraft,
  type Demo,
  type DemoDraft,
  type DemoError,
  type Place,
  presenters,
  SIGN_UP_GRACE_MS,
  SIGN_UP_JOB,
  signUpKey,
  signupsOpen,
  validateDemo,
} from '../domain/lineup.ts';
import type { Refused } from '../domain/refusals.ts';
import type { DueJob } from '../ports.ts';
import type { Deps } from './deps.ts';
import { tell } from './tellPeople.ts';

export type SignedUp =
  | { ok: true; hackfest: Hackfest; demo: Demo; place: Place }
  | { ok: false; errors: DemoError[] }
  | Refused;

/**
 * Signs a person (and their team) up to demo. Sign-ups to one hackfest happen one at a time behind a lock on it,
 * so capacity holds under a burst of clicks: the first `slots` present, the rest wait in click order. The same
 * submission arriving twice (a Slack retry) is answered with the demo it already made.
 */
export async function signUp(
  deps: Deps,
  request: { userId: UserId; hackfestId: string; draft: DemoDraft },
): Promise<SignedUp> {
  const { userId, hackfestId } = request;
  const draft = cleanDemoDraft(request.draft);
  const signedUp = await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos, dueJobs }): Promise<SignedUp> => {
      // Whatever the outcome, this is the answer to the acknowledged sign-up: no replica needs to make it again.
      await dueJobs.cancel(signUpKey(hackfestId, userId, draft.title));
      const hackfest = await hackfests.lock(hackfestId);
      if (!hackfest) return { ok: false, refused: 'not-found' };
      if (!signupsOpen(hackfest, deps.clock.now())) return { ok: false, refused: 'signups-closed', hackfest };
      const errors = validateDemo(draft, hackfest);
      if (errors.length > 0) return { ok: false, errors };

      const placed = async (demo: Demo): Promise<SignedUp> => {
        const ahead = await demos.countBefore(hackfestId, demo.seq);
        const place: Place =
          ahead < hackfest.slots
            ? { onStage: true, position: ahead + 1 }
            : { onStage: false, position: ahead - hackfest.slots + 1 };
        return { ok: true, hackfest, demo, place };
      };
      const mine = await demos.ofPresenters(hackfestId, [userId]);
      const again = mine.find((demo) => demo.ownerId === userId && demo.title === draft.title);
      if (again) return placed(again);

      const demo: Demo = {
        id: deps.newId(),
        hackfestId,
        ownerId: userId,
        title: draft.title,
        description: draft.description,
        teamIds: [...new Set(draft.teamIds)].filter((id) => id !== userId),
        lengthMs: draft.lengthMs,
        seq: (await demos.lastSeq(hackfestId)) + 1,
      };
      const added = await demos.add(demo, { oneEach: hackfest.oneDemoEach });
      if (!added.ok) return { ok: false, refused: 'already-presenting', hackfest, userIds: added.taken };
      return placed(demo);
    }),
  );
  if (signedUp.ok) {
    deps.announcer.refresh(hackfestId);
    deps.homes.refresh(presenters(signedUp.demo));
  }
  return signedUp;
}

export type SignUpCheck = { ok: true } | { ok: false; errors: DemoError[] } | Refused;

/**
 * Accepts a sign-up before it is acknowledged: what would stop it is read without taking the lock, so a form can
 * answer inline within Slack's 3 s even in a burst (signUp checks it all again under the lock); and an accepted
 * sign-up is recorded as due work, so that it is made even if this process dies before it gets to it.
 */
export async function acceptSignUp(
  deps: Deps,
  request: { userId: UserId; hackfestId: string; draft: DemoDraft },
): Promise<SignUpCheck> {
  const hackfest = await deps.store.hackfests.get(request.hackfestId);
  if (!hackfest) return { ok: false, refused: 'not-found' };
  if (!signupsOpen(hackfest, deps.clock.now())) return { ok: false, refused: 'signups-closed', hackfest };
  const draft = cleanDemoDraft(request.draft);
  const errors = validateDemo(draft, hackfest);
  if (errors.length > 0) return { ok: false, errors };
  const people = new Set([request.userId, ...draft.teamIds]);
  const busy = hackfest.oneDemoEach
    ? (await deps.store.demos.ofPresenters(hackfest.id, [...people]))
        .filter((demo) => !(demo.ownerId === request.userId && demo.title === draft.title))
        .flatMap((demo) => [demo.ownerId, ...demo.teamIds])
        .filter((id) => people.has(id))
    : [];
  if (busy.length > 0) return { ok: false, refused: 'already-presenting', hackfest, userIds: [...new Set(busy)] };
  await deps.store.dueJobs.schedule({
    kind: SIGN_UP_JOB,
    key: signUpKey(hackfest.id, request.userId, draft.title),
    dueAt: deps.clock.now() + SIGN_UP_GRACE_MS,
    payload: request,
  });
  return { ok: true };
}

/** An acknowledged sign-up whose process died before making it: made now, and the person told by DM. */
export async function signUpDue(deps: Deps, job: DueJob): Promise<void> {
  const request = job.payload as { userId: UserId; hackfestId: string; draft: DemoDraft };
  const signedUp = await signUp(deps, request);
  await tell(
    deps,
    [request.userId],
    signedUp.ok
      ? { kind: 'signedUp', hackfest: signedUp.hackfest, demoTitle: signedUp.demo.title, place: signedUp.place }
      : { kind: 'signUpNotMade', demoTitle: request.draft.title },
  );
}
