import { HOME_LIMITS, involvementIn } from '../domain/dashboard.ts';
import type { UserId } from '../domain/hackfest.ts';
import type { Home } from '../ports.ts';
import type { Deps } from './deps.ts';
import { reportOn } from './feedbackReport.ts';
import { openProposals } from './openProposals.ts';

/**
 * A person's App Home, from the database: the upcoming hackfests they have a part in, open proposals, and for
 * organizers the feedback on the hackfests they ran. One more of each is read, to know there are more.
 */
export async function home(deps: Pick<Deps, 'store' | 'clock'>, request: { userId: UserId }): Promise<Home> {
  const { store } = deps;
  const now = deps.clock.now();
  const [involving, proposals, past] = await Promise.all([
    store.hackfests.involving(request.userId, { now, limit: HOME_LIMITS.upcoming + 1 }),
    openProposals(deps, { limit: HOME_LIMITS.proposals + 1 }),
    store.hackfests.startedOrganizedBy(request.userId, { now, limit: HOME_LIMITS.past + 1 }),
  ]);
  const upcoming = await Promise.all(
    involving.map(async (hackfest) => ({
      hackfest,
      involvement: involvementIn(hackfest, await store.demos.ofHackfest(hackfest.id), request.userId),
    })),
  );
  const [windows, responses] = await Promise.all([
    store.feedback.windows(past.map((hackfest) => hackfest.id)),
    store.feedback.counts(past.map((hackfest) => hackfest.id)),
  ]);
  const pastRows = past.map((hackfest) => ({
    hackfest,
    window: windows.find((window) => window.hackfestId === hackfest.id) ?? null,
    responses: responses.get(hackfest.id) ?? 0,
  }));
  // Past hackfests come latest first: the first whose feedback has opened is reported in full.
  const latest = pastRows.find((row) => row.window !== null);
  return {
    now,
    upcoming,
    proposals,
    past: pastRows,
    latestFeedback: latest?.window ? await reportOn(store, latest.hackfest, latest.window) : undefined,
  };
}

/** A person opened the Home tab: from now on it is re-published when their part changes. */
export async function openHome(deps: Pick<Deps, 'store' | 'clock'>, request: { userId: UserId }): Promise<Home> {
  await deps.store.homeViewers.opened(request.userId, deps.clock.now());
  return home(deps, request);
}
