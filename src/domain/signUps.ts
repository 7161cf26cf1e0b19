import type { Hackfest, UserId } from './hackfest.ts';
import {
  cleanDemoDraft,
  type Demo,
  type DemoDraft,
  type DemoError,
  type Place,
  presenters,
  signupsOpen,
  teamOf,
  validateDemo,
} from './lineup.ts';
import type { Refused } from './refusals.ts';

export type SignUpRequest = { userId: UserId; hackfestId: string; draft: DemoDraft };

export type SignedUp =
  | { ok: true; hackfest: Hackfest; demo: Demo; place: Place }
  | { ok: false; errors: DemoError[] }
  | Refused;

/**
 * Sign-ups to one hackfest, in the order they came, against its line-up so far: each one's outcome, and the demos
 * to add. The first `slots` demos present and the rest wait, in sign-up order. The same submission arriving twice (a
 * Slack retry) is answered with the demo it already made; with one demo each, nobody presents twice, not even with
 * a demo signed up earlier in the same batch.
 */
export function admitSignUps(
  hackfest: Hackfest,
  lineupSoFar: readonly Demo[],
  requests: readonly SignUpRequest[],
  { now, newId }: { now: number; newId: () => string },
): { outcomes: SignedUp[]; added: Demo[] } {
  if (!signupsOpen(hackfest, now))
    return { outcomes: requests.map(() => ({ ok: false, refused: 'signups-closed', hackfest })), added: [] };
  const demos = [...lineupSoFar];
  const added: Demo[] = [];
  const presenting = new Set(demos.flatMap(presenters));
  let lastSeq = demos.reduce((last, demo) => Math.max(last, demo.seq), 0);
  /** Where a demo stands, given how many demos come before it (a new one comes after all the others). */
  const placed = (demo: Demo, ahead = demos.filter((other) => other.seq < demo.seq).length): SignedUp => {
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
    const again = demos.find((demo) => demo.ownerId === userId && demo.title === draft.title);
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
    const ahead = demos.length;
    demos.push(demo);
    added.push(demo);
    return placed(demo, ahead);
  };
  return { outcomes: requests.map(admit), added };
}
