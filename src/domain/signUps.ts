import { type Hackfest, LIMITS, type UserId } from './hackfest.ts';
import {
  cleanDemoDraft,
  type Demo,
  type DemoDraft,
  type DemoError,
  type Place,
  presenters,
  signupRefusal,
  teamOf,
  validateDemo,
} from './lineup.ts';
import type { Refused } from './refusals.ts';

export type SignUpRequest = { userId: UserId; hackfestId: string; draft: DemoDraft };

export type SignedUp =
  | { ok: true; hackfest: Hackfest; demo: Demo; place: Place }
  | { ok: false; errors: DemoError[] }
  | Refused;

/** A demo and how many demos come before it. */
export type Standing = { demo: Demo; ahead: number };

/** What a batch of sign-ups needs to know of its hackfest's line-up so far: a few facts, however long it is. */
export type LineupSoFar = {
  count: number;
  /** The highest seq so far (0 for none): new demos go after it. */
  lastSeq: number;
  /** Those of the batch's people (see `peopleIn`) who present a demo already. */
  presenting: ReadonlySet<UserId>;
  /** The demos the batch's people own, so that a retried form is answered with the demo it made. */
  owned: readonly Standing[];
};

/** Everyone a batch's forms name, owners and teams (as many as a form may name): whose demos so far matter to it. */
export const peopleIn = (requests: readonly SignUpRequest[]): UserId[] => [
  ...new Set(requests.flatMap(({ userId, draft }) => [userId, ...teamOf(draft, userId).slice(0, LIMITS.teamSize)])),
];

/**
 * Sign-ups to one hackfest, in the order they came, against its line-up so far: each one's outcome, and the demos
 * to add. The first `slots` demos present and the rest wait, in sign-up order. The same submission arriving twice (a
 * Slack retry) is answered with the demo it already made; with one demo each, nobody presents twice, not even with
 * a demo signed up earlier in the same batch.
 */
export function admitSignUps(
  hackfest: Hackfest,
  soFar: LineupSoFar,
  requests: readonly SignUpRequest[],
  { now, newId }: { now: number; newId: () => string },
): { outcomes: SignedUp[]; added: Demo[] } {
  const refused = signupRefusal(hackfest, now);
  if (refused) return { outcomes: requests.map(() => refused), added: [] };
  const owned = [...soFar.owned];
  const presenting = new Set(soFar.presenting);
  let { count, lastSeq } = soFar;
  const added: Demo[] = [];
  const placed = ({ demo, ahead }: Standing): SignedUp => {
    const place: Place =
      ahead < hackfest.slots
        ? { onStage: true, position: ahead + 1 }
        : { onStage: false, position: ahead - hackfest.slots + 1 };
    return { ok: true, hackfest, demo, place };
  };

  const admit = ({ userId, draft: submitted }: SignUpRequest): SignedUp => {
    const draft = cleanDemoDraft(submitted);
    const errors = validateDemo(draft, hackfest);
    if (errors.length > 0) return { ok: false, errors };
    const again = owned.find(({ demo }) => demo.ownerId === userId && demo.title === draft.title);
    if (again) return placed(again);

    const demo: Demo = {
      id: newId(),
      hackfestId: hackfest.id,
      ownerId: userId,
      title: draft.title,
      description: draft.description,
      teamIds: teamOf(draft, userId),
      lengthMs: draft.lengthMs,
      seq: lastSeq + 1,
    };
    const people = presenters(demo);
    const busy = people.filter((id) => presenting.has(id));
    if (hackfest.oneDemoEach && busy.length > 0)
      return { ok: false, refused: 'already-presenting', hackfest, userIds: busy };
    lastSeq = demo.seq;
    for (const id of people) presenting.add(id);
    const standing = { demo, ahead: count++ };
    owned.push(standing);
    added.push(demo);
    return placed(standing);
  };
  return { outcomes: requests.map(admit), added };
}
