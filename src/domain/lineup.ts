import { formatDuration } from './duration.ts';
import { endsAt, type Hackfest, LIMITS, type UserId } from './hackfest.ts';
import { type Refused, refuseIfHeld } from './refusals.ts';
import { cleanLine, cleanText } from './userText.ts';

/** A demo someone signed up to give at a hackfest. Its place is its `seq`: sign-up order, until organizers reorder. */
export type Demo = {
  id: string;
  hackfestId: string;
  ownerId: UserId;
  title: string;
  description: string;
  /** Team members; they present with the owner. */
  teamIds: UserId[];
  lengthMs: number;
  seq: number;
};

/** The first `slots` demos present; the rest wait, in order, for someone to withdraw. */
export type Lineup = { onStage: Demo[]; waitlist: Demo[] };

export function lineup(demos: readonly Demo[], slots: number): Lineup {
  const ordered = [...demos].sort((a, b) => a.seq - b.seq);
  return { onStage: ordered.slice(0, slots), waitlist: ordered.slice(slots) };
}

export const presenters = (demo: Pick<Demo, 'ownerId' | 'teamIds'>): UserId[] => [
  ...new Set([demo.ownerId, ...demo.teamIds]),
];

/** The team a form names for its owner's demo: each person once, and not the owner, who presents anyway. */
export const teamOf = (draft: Pick<DemoDraft, 'teamIds'>, ownerId: UserId): UserId[] =>
  [...new Set(draft.teamIds)].filter((id) => id !== ownerId);

/** Where a demo stands: its place on stage (1-based), or on the waitlist. */
export type Place = { onStage: true; position: number } | { onStage: false; position: number };

/**
 * Where sign-ups stand: open until the deadline (at the latest the start); closed since then; or kept open by
 * organizers until the hackfest ends, either before the deadline passed (`extended`) or after it (`reopened`).
 */
export type SignupWindow =
  | { state: 'open'; closesAt: number }
  | { state: 'closed'; since: number }
  | { state: 'extended'; closesAt: number; deadline: number }
  | { state: 'reopened'; closesAt: number; closedAt: number };

/** When sign-ups close unless organizers keep them open: their deadline, at the latest the start. */
export const signupsCloseAt = (hackfest: Hackfest): number => Math.min(hackfest.signupDeadline, hackfest.startsAt);

export function signupWindow(hackfest: Hackfest, now: number): SignupWindow {
  const deadline = signupsCloseAt(hackfest);
  const end = endsAt(hackfest);
  if (hackfest.status !== 'scheduled') return { state: 'closed', since: Math.min(deadline, now) };
  if (!hackfest.signupsReopened)
    return now < deadline ? { state: 'open', closesAt: deadline } : { state: 'closed', since: deadline };
  if (now >= end) return { state: 'closed', since: end };
  return now < deadline
    ? { state: 'extended', closesAt: end, deadline }
    : { state: 'reopened', closesAt: end, closedAt: deadline };
}

export const signupsOpen = (hackfest: Hackfest, now: number): boolean => signupWindow(hackfest, now).state !== 'closed';

/** The due job that redraws a hackfest's announcement when its sign-ups close, so it stops offering to sign up. */
export const SIGNUPS_CLOSE_JOB = 'signups-close';

/** Why demos at this hackfest may no longer be changed or withdrawn, if they may not: it took place, or is cancelled. */
export const demoChangeRefusal = (hackfest: Hackfest): Refused | undefined =>
  refuseIfHeld(hackfest) ??
  (hackfest.status === 'cancelled' ? { ok: false, refused: 'cancelled', hackfest } : undefined);

/** Why signing up to this hackfest is refused now, if it is: it took place, is cancelled, or its sign-ups are closed. */
export function signupRefusal(hackfest: Hackfest, now: number): Refused | undefined {
  return (
    demoChangeRefusal(hackfest) ??
    (signupsOpen(hackfest, now) ? undefined : { ok: false, refused: 'signups-closed', hackfest })
  );
}

export type DemoDraft = { title: string; description: string; teamIds: UserId[]; lengthMs: number };
export type DemoField = 'title' | 'length' | 'team';
export type DemoError = { field: DemoField; message: string };

/** The draft as it is kept: title and description without control or invisible characters, trimmed. */
export const cleanDemoDraft = (draft: DemoDraft): DemoDraft => ({
  ...draft,
  title: cleanLine(draft.title),
  description: cleanText(draft.description),
});

const USUAL_DEMO_MS = 5 * 60_000;

/** A demo length to give as an example: the usual five minutes, or the hackfest's limit when that is shorter. */
export const exampleDemoLength = (demoMs: number): string => formatDuration(Math.min(USUAL_DEMO_MS, demoMs));

export function validateDemo(draft: DemoDraft, hackfest: Hackfest): DemoError[] {
  const errors: DemoError[] = [];
  const title = cleanLine(draft.title);
  if (title === '')
    errors.push({ field: 'title', message: 'Give your demo a title, e.g. "Slack bot that orders pizza".' });
  if ([...title].length > LIMITS.titleLength)
    errors.push({ field: 'title', message: `Keep the title to ${LIMITS.titleLength} characters or fewer.` });
  if (!(draft.lengthMs > 0) || draft.lengthMs > hackfest.demoMs)
    errors.push({
      field: 'length',
      message: `Ask for up to ${formatDuration(hackfest.demoMs)}, e.g. ${exampleDemoLength(hackfest.demoMs)}.`,
    });
  if (draft.teamIds.length > LIMITS.teamSize)
    errors.push({ field: 'team', message: `Name at most ${LIMITS.teamSize} team members.` });
  return errors;
}

export type Move = 'up' | 'down' | 'end';

/**
 * The order after an organizer moves one demo on stage: up or down one place, or to the end of the stage (before the
 * waitlist). Returns the demos with new `seq`s; the waitlist keeps its order behind them.
 */
export function moveDemo(demos: readonly Demo[], slots: number, demoId: string, move: Move): Demo[] {
  const { onStage, waitlist } = lineup(demos, slots);
  const from = onStage.findIndex((demo) => demo.id === demoId);
  if (from < 0) return renumber([...onStage, ...waitlist]);
  const to =
    move === 'up'
      ? Math.max(0, from - 1)
      : move === 'down'
        ? Math.min(onStage.length - 1, from + 1)
        : onStage.length - 1;
  const reordered = [...onStage];
  const [moved] = reordered.splice(from, 1);
  if (moved) reordered.splice(to, 0, moved);
  return renumber([...reordered, ...waitlist]);
}

/** The moves that would change a demo's place at `index` (0-based) on a stage of `length`: none that do nothing. */
export function movesAt(index: number, length: number): Move[] {
  const last = length - 1;
  return [
    ...(index > 0 ? (['up'] as const) : []),
    ...(index < last ? (['down'] as const) : []),
    // From just before the end, "down" already takes it there.
    ...(index < last - 1 ? (['end'] as const) : []),
  ];
}

/**
 * An organizer takes a demo off the waitlist: those behind it move up a place there, and the stage is untouched.
 * `undefined` when that demo is not waiting (it moved onto the stage, or left).
 */
export function removeWaiting(
  demos: readonly Demo[],
  slots: number,
  demoId: string,
): { removed: Demo; after: Demo[] } | undefined {
  const removed = lineup(demos, slots).waitlist.find((demo) => demo.id === demoId);
  return removed && { removed, after: demos.filter((demo) => demo !== removed) };
}

/** Whether two orders of the same demos are the same, so a change that would not move anyone is not made. */
export const sameOrder = (before: readonly Demo[], after: readonly Demo[]): boolean => {
  const ids = (demos: readonly Demo[]) => [...demos].sort((a, b) => a.seq - b.seq).map((demo) => demo.id);
  return ids(before).join('\n') === ids(after).join('\n');
};

/** The stage in a random order (the waitlist keeps its order); `random` in [0, 1) is passed in, so tests choose it. */
export function shuffleStage(demos: readonly Demo[], slots: number, random: () => number): Demo[] {
  const { onStage, waitlist } = lineup(demos, slots);
  const shuffled = [...onStage];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as Demo, shuffled[i] as Demo];
  }
  return renumber([...shuffled, ...waitlist]);
}

const renumber = (ordered: readonly Demo[]): Demo[] => ordered.map((demo, index) => ({ ...demo, seq: index + 1 }));

/** Demos whose place on stage changed by more than one (their presenters are told), and those newly on stage. */
export function lineupChanges(before: readonly Demo[], after: readonly Demo[], slots: number) {
  const was = lineup(before, slots);
  const now = lineup(after, slots);
  const stagePosition = (stage: Demo[], id: string) => stage.findIndex((demo) => demo.id === id);
  const promoted = now.onStage.filter(
    (demo) => stagePosition(was.onStage, demo.id) < 0 && before.some((b) => b.id === demo.id),
  );
  const movedFar = now.onStage.filter((demo) => {
    const previous = stagePosition(was.onStage, demo.id);
    return previous >= 0 && Math.abs(previous - stagePosition(now.onStage, demo.id)) > 1;
  });
  return { promoted, movedFar };
}
