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
export async function signUp(deps: Deps, request: SignUpRequest): Promise<SignedUp> {
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

export type SignUpRequest = { userId: UserId; hackfestId: string; draft: DemoDraft };
export type SignUpCheck = { ok: true } | { ok: false; errors: DemoError[] } | Refused;

/**
 * Accepts sign-ups before they are acknowledged, a batch at a time (a crowd submits at once): what would stop each
 * is read without taking the lock, one read per hackfest, so the forms can answer inline within Slack's 3 s even
 * in a burst (signUp checks it all again under the lock); the accepted ones are recorded as due work in one
 * statement, so that each is made even if this process dies before it gets to it.
 */
export async function acceptSignUps(deps: Deps, requests: readonly SignUpRequest[]): Promise<SignUpCheck[]> {
  const now = deps.clock.now();
  const hackfestIds = [...new Set(requests.map((request) => request.hackfestId))];
  const hackfests = await Promise.all(hackfestIds.map((id) => deps.store.hackfests.get(id)));
  const presenting = await Promise.all(
    hackfests.map((hackfest) => {
      if (!hackfest?.oneDemoEach) return [];
      const people = requests
        .filter((request) => request.hackfestId === hackfest.id)
        .flatMap((request) => [request.userId, ...request.draft.teamIds]);
      return deps.store.demos.ofPresenters(hackfest.id, [...new Set(people)]);
    }),
  );
  const checks = requests.map((request) => {
    const at = hackfestIds.indexOf(request.hackfestId);
    return checkSignUp(request, hackfests[at], presenting[at] ?? [], now);
  });
  const accepted = requests.filter((_, index) => checks[index]?.ok);
  await deps.store.dueJobs.schedule(
    accepted.map((request) => ({
      kind: SIGN_UP_JOB,
      key: signUpKey(request.hackfestId, request.userId, cleanDemoDraft(request.draft).title),
      dueAt: now + SIGN_UP_GRACE_MS,
      payload: request,
    })),
  );
  return checks;
}

/** One sign-up against its hackfest and the demos already given by the people in it. */
function checkSignUp(
  request: SignUpRequest,
  hackfest: Hackfest | undefined,
  presenting: readonly Demo[],
  now: number,
): SignUpCheck {
  if (!hackfest) return { ok: false, refused: 'not-found' };
  if (!signupsOpen(hackfest, now)) return { ok: false, refused: 'signups-closed', hackfest };
  const draft = cleanDemoDraft(request.draft);
  const errors = validateDemo(draft, hackfest);
  if (errors.length > 0) return { ok: false, errors };
  const people = new Set([request.userId, ...draft.teamIds]);
  const busy = presenting
    .filter((demo) => !(demo.ownerId === request.userId && demo.title === draft.title))
    .flatMap((demo) => [demo.ownerId, ...demo.teamIds])
    .filter((id) => people.has(id));
  if (busy.length > 0) return { ok: false, refused: 'already-presenting', hackfest, userIds: [...new Set(busy)] };
  return { ok: true };
}

/** An acknowledged sign-up whose process died before making it: made now, and the person told by DM. */
export async function signUpDue(deps: Deps, job: DueJob): Promise<void> {
  const request = job.payload as SignUpRequest;
  const signedUp = await signUp(deps, request);
  await tell(
    deps,
    [request.userId],
    signedUp.ok
      ? { kind: 'signedUp', hackfest: signedUp.hackfest, demoTitle: signedUp.demo.title, place: signedUp.place }
      : { kind: 'signUpNotMade', demoTitle: request.draft.title },
  );
}
