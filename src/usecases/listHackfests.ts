import { type Hackfest, isOrganizer, type UserId } from '../domain/hackfest.ts';
import { type ListedProposal, PROPOSALS_LISTED } from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import type { Deps } from './deps.ts';
import { openProposals } from './openProposals.ts';
import { earlierParts } from './seriesOf.ts';

/** `partOf`: for a date of a series moved "from this date on", the series it was moved from, the first of its parts. */
export type Listed = { hackfest: Hackfest; taken: number; partOf?: string };

/** Upcoming hackfests and open proposals in one channel, or in every channel this person is in. */
export async function listHackfests(
  deps: Deps,
  request: { userId: UserId; channelId: string; everywhere: boolean },
): Promise<{ hackfests: Listed[]; proposals: ListedProposal[] }> {
  const channelIds = request.everywhere ? await deps.people.channelsOf(request.userId) : [request.channelId];
  const hackfests = await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds });
  const counts = await deps.store.demos.counts(hackfests.map((hackfest) => hackfest.id));
  const firstParts = await firstPartsOf(deps, hackfests);
  return {
    hackfests: hackfests.map((hackfest) => {
      const partOf = hackfest.seriesId ? firstParts.get(hackfest.seriesId) : undefined;
      return { hackfest, taken: Math.min(counts.get(hackfest.id) ?? 0, hackfest.slots), ...(partOf ? { partOf } : {}) };
    }),
    // One more than listed is read, so the list can say there are more.
    proposals: await openProposals(deps, { viewerId: request.userId, channelIds, limit: PROPOSALS_LISTED + 1 }),
  };
}

/** For each series that carries on another (moved "from this date on"), the first series it carries on. */
async function firstPartsOf(deps: Deps, hackfests: readonly Hackfest[]): Promise<Map<string, string>> {
  const firstParts = new Map<string, string>();
  for (const seriesId of new Set(hackfests.map((hackfest) => hackfest.seriesId))) {
    const first = seriesId && (await earlierParts(deps.store.series, seriesId)).at(-1);
    if (seriesId && first) firstParts.set(seriesId, first.id);
  }
  return firstParts;
}

/**
 * The upcoming hackfests in a channel that a typed title names: an exact (case-insensitive) match wins, else every
 * title containing it; no title means all of them. Several matches are for the person to pick from, never guessed.
 */
export async function findHackfests(deps: Deps, request: { channelId: string; title: string }): Promise<Hackfest[]> {
  const upcoming = await deps.store.hackfests.upcoming({ now: deps.clock.now(), channelIds: [request.channelId] });
  return named(upcoming, request.title);
}

function named(hackfests: readonly Hackfest[], title: string): Hackfest[] {
  const wanted = title.trim().toLocaleLowerCase();
  if (wanted === '') return [...hackfests];
  const exact = hackfests.filter((hackfest) => hackfest.title.toLocaleLowerCase() === wanted);
  return exact.length > 0 ? exact : hackfests.filter((hackfest) => hackfest.title.toLocaleLowerCase().includes(wanted));
}

/** A hackfest in the channel that the title names and whose show is over though its scheduled time is not. */
async function heldNamed(deps: Deps, request: { channelId: string; title: string }): Promise<Hackfest | undefined> {
  const recent = await deps.store.hackfests.upcoming({
    now: deps.clock.now(),
    channelIds: [request.channelId],
    alsoHeld: true,
  });
  const [held] = named(
    recent.filter((hackfest) => hackfest.status === 'held'),
    request.title,
  );
  return held;
}

/**
 * The hackfests a typed title names that this person may change, for `cancel` and `reschedule`: they are never
 * offered one of someone else's to pick, only to be refused after picking it. Naming only others' is refused, and
 * so is naming only one that has just taken place (rather than saying there is no such hackfest).
 */
export async function findToOrganize(
  deps: Deps,
  request: { channelId: string; title: string; actorId: UserId },
): Promise<{ ok: true; matches: Hackfest[] } | Refused> {
  const matches = await findHackfests(deps, request);
  const [first] = matches;
  if (!first) {
    const held = await heldNamed(deps, request);
    return held ? { ok: false, refused: 'held', hackfest: held } : { ok: true, matches };
  }
  const { isAdmin } = await deps.people.profile(request.actorId);
  const theirs = matches.filter((hackfest) => isOrganizer(hackfest, request.actorId, isAdmin));
  return theirs.length > 0 ? { ok: true, matches: theirs } : { ok: false, refused: 'not-organizer', hackfest: first };
}
