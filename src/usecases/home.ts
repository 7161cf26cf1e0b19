import {
  type DashboardEntry,
  foldSeries,
  HOME_LIMITS,
  INVOLVING_READ,
  involvementIn,
  toJoin,
} from '../domain/dashboard.ts';
import type { ChannelId, Hackfest, UserId } from '../domain/hackfest.ts';
import type { Home } from '../ports.ts';
import type { Deps } from './deps.ts';
import { reportOn } from './feedbackReport.ts';
import { openProposals } from './openProposals.ts';

type HomeDeps = Pick<Deps, 'store' | 'clock'>;

/** A person's App Home: their channels from Slack (one users.conversations walk), the rest from the database. */
export async function loadHome(
  deps: HomeDeps & Pick<Deps, 'people' | 'logger'>,
  request: { userId: UserId },
): Promise<Home> {
  return home(deps, { userId: request.userId, channelIds: await channelsOf(deps, request.userId) });
}

/** The channels a person is in; when Slack cannot say, undefined, so the rest of the Home still shows. */
async function channelsOf(deps: Pick<Deps, 'people' | 'logger'>, userId: UserId): Promise<ChannelId[] | undefined> {
  try {
    return await deps.people.channelsOf(userId);
  } catch (error) {
    deps.logger.warn({ err: error, userId }, 'could not read the channels of a person for their App Home');
    return undefined;
  }
}

/**
 * A person's App Home, from the database: the upcoming hackfests they have a part in (a series they organize once),
 * those in their channels (when known) they could join, open proposals there, and for organizers the feedback on the
 * hackfests they ran. One more of each is read, to know there are more.
 */
export async function home(
  deps: HomeDeps,
  request: { userId: UserId; channelIds?: readonly ChannelId[] | undefined },
): Promise<Home> {
  const { store } = deps;
  const now = deps.clock.now();
  const { channelIds } = request;
  const [involving, proposals, past] = await Promise.all([
    store.hackfests.involving(request.userId, { now, limit: INVOLVING_READ + 1 }),
    // Only those in their channels: a proposal in a private channel is not for everyone's eyes.
    openProposals(deps, {
      viewerId: request.userId,
      channelIds: channelIds ?? [],
      limit: HOME_LIMITS.proposals + 1,
    }),
    store.hackfests.startedOrganizedBy(request.userId, { now, limit: HOME_LIMITS.past + 1 }),
  ]);
  const [upcoming, inYourChannels] = await Promise.all([
    yourHackfests(deps, request.userId, involving, now),
    channelIds && joinable(deps, channelIds, new Set(involving.map((hackfest) => hackfest.id)), now),
  ]);
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
    unreadUpcoming: involving.length > INVOLVING_READ,
    inYourChannels: inYourChannels ?? { shown: [], more: 0 },
    proposals,
    past: pastRows,
    latestFeedback: latest?.window ? await reportOn(store, latest.hackfest, latest.window) : undefined,
  };
}

/** The hackfests a person has a part in, with their part; each series they organize folded into its next date. */
async function yourHackfests(
  deps: HomeDeps,
  userId: UserId,
  involving: readonly Hackfest[],
  now: number,
): Promise<DashboardEntry[]> {
  const { store } = deps;
  const entries = await Promise.all(
    involving.slice(0, INVOLVING_READ).map(async (hackfest) => ({
      hackfest,
      involvement: involvementIn(hackfest, await store.demos.ofHackfest(hackfest.id), userId),
    })),
  );
  const organized = new Set(
    entries.flatMap(({ hackfest, involvement }) =>
      hackfest.seriesId && involvement.some(({ role }) => role === 'organizer') ? [hackfest.seriesId] : [],
    ),
  );
  const seriesDates = await Promise.all(
    [...organized].map(async (seriesId) => {
      const [series, dates] = await Promise.all([store.series.get(seriesId), store.hackfests.ofSeries(seriesId, now)]);
      return series ? ([[seriesId, { series, dates }]] as const) : [];
    }),
  );
  return foldSeries(entries, new Map(seriesDates.flat()));
}

/** Upcoming hackfests in these channels the person has no part in yet, the first few with their slots taken. */
async function joinable(
  deps: HomeDeps,
  channelIds: readonly ChannelId[],
  involvedIds: ReadonlySet<string>,
  now: number,
): Promise<Home['inYourChannels']> {
  const hackfests = toJoin(await deps.store.hackfests.upcoming({ now, channelIds }), involvedIds, now);
  const shown = hackfests.slice(0, HOME_LIMITS.inYourChannels);
  const counts = await deps.store.demos.counts(shown.map((hackfest) => hackfest.id));
  return {
    shown: shown.map((hackfest) => ({ hackfest, taken: Math.min(counts.get(hackfest.id) ?? 0, hackfest.slots) })),
    more: hackfests.length - shown.length,
  };
}

/** A person opened the Home tab: from now on it is re-published when their part changes. */
export async function openHome(deps: Deps, request: { userId: UserId }): Promise<Home> {
  await deps.store.homeViewers.opened(request.userId, deps.clock.now());
  return loadHome(deps, request);
}
