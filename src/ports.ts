import type { ChannelEntry, DashboardEntry } from './domain/dashboard.ts';
import type { Feedback, FeedbackSummary, FeedbackWindow } from './domain/feedback.ts';
import type { ChannelId, Hackfest, Series, UserId } from './domain/hackfest.ts';
import type { Demo } from './domain/lineup.ts';
import type { Notice } from './domain/notices.ts';
import type { ListedProposal, Proposal, Suggestion, SuggestionTally } from './domain/proposal.ts';
import type { ReminderKind } from './domain/reminders.ts';
import type { LineupSoFar } from './domain/signUps.ts';
import type { Show } from './domain/timer.ts';

/**
 * The interfaces the use cases and the scheduler need from the outside world. Adapters in store/ and slack/
 * implement them; tests may implement them too. Times are epoch milliseconds.
 */

export interface Clock {
  now(): number;
}

/** Work that must happen at a time, stored so that a restart loses nothing. */
export type DueJob = {
  id: string;
  kind: string;
  key: string | null;
  dueAt: number;
  payload: unknown;
  /** How many times the job has been claimed, this claim included. */
  attempts: number;
};

export type NewDueJob = {
  kind: string;
  dueAt: number;
  payload: unknown;
  /**
   * With a key, scheduling again moves the pending job instead of adding another; once the job is done, the key
   * stays done (put what must run again, such as a new start time, into the key).
   */
  key?: string;
};

/** What a use case does with due work, inside its transaction. */
export interface DueJobs {
  /** Schedules a job, or many in one statement; a job with a pending job's key moves that job instead. */
  schedule(jobs: NewDueJob | readonly NewDueJob[]): Promise<void>;
  /** Cancels the pending job with this key, if any. */
  cancel(key: string): Promise<void>;
}

/** What the scheduler does with due work: claims that two processes can never both win. */
export interface DueJobClaims {
  /** Leases up to `limit` jobs that are due and neither done nor leased to a live claimer. */
  claim(options: { now: number; owner: string; leaseMs: number; limit: number }): Promise<DueJob[]>;
  /** Marks a job done, if the lease is still this owner's. */
  complete(id: string, owner: string, now: number): Promise<void>;
  /** Gives the job back to run again at `retryAt`, recording why it failed. */
  retry(id: string, owner: string, retryAt: number, error: string): Promise<void>;
  /** Stops retrying a job that failed too often; it stays in the table with its last error. */
  abandon(id: string, owner: string, now: number, error: string): Promise<void>;
  /** Hands leased jobs back unclaimed (on shutdown), so another process runs them without waiting for the lease. */
  release(ids: readonly string[], owner: string): Promise<void>;
  /** Hands a leased job back to run at `dueAt`, this claim not counted as an attempt (it waited its turn). */
  postpone(id: string, owner: string, dueAt: number): Promise<void>;
  /** When the next job becomes claimable: its due time, or the end of a lease still held. */
  nextWakeAt(): Promise<number | undefined>;
}

export interface Hackfests {
  /**
   * Reads a hackfest and holds it until the transaction ends, so changes to its line-up happen one at a time
   * (PostgreSQL: SELECT … FOR UPDATE; SQLite runs one write transaction at a time anyway).
   */
  lock(id: string): Promise<Hackfest | undefined>;
  /** Adds a hackfest; an occurrence of a series that already exists is left as it is (and false is returned). */
  add(hackfest: Hackfest): Promise<boolean>;
  save(hackfest: Hackfest): Promise<void>;
  /** Removes a hackfest nobody has seen (its announcement could not be posted); it must have no demos. */
  remove(id: string): Promise<void>;
  get(id: string): Promise<Hackfest | undefined>;
  /**
   * Scheduled hackfests not yet over at `now`, earliest first, in the given channels (or all); `alsoHeld`, with those
   * whose show has ended before their end time.
   */
  upcoming(options: { now: number; channelIds?: readonly ChannelId[]; alsoHeld?: boolean }): Promise<Hackfest[]>;
  /**
   * Scheduled hackfests not yet over that a person has a part in (organizer, co-organizer, emcee, timekeeper, or
   * presenter of a demo), earliest first, at most `limit`.
   */
  involving(userId: UserId, options: { now: number; limit: number }): Promise<Hackfest[]>;
  /**
   * Hackfests a person organized (or co-organized) that had started by `now` or whose show has ended (it may start
   * early), latest first, at most `limit`.
   */
  startedOrganizedBy(userId: UserId, options: { now: number; limit: number }): Promise<Hackfest[]>;
  /** A series' occurrences (cancelled ones too) starting at or after `from`, earliest first. */
  ofSeries(seriesId: string, from: number): Promise<Hackfest[]>;
  /** Records the ts of the "is starting now" reminder posted in the hackfest's channel (the latest one, if moved). */
  recordStartReminder(id: string, ts: string): Promise<void>;
  /** The ts of its "is starting now" reminder, once posted. */
  startReminderOf(id: string): Promise<string | null>;
}

/** The demos signed up for hackfests. A person presents at most one demo per hackfest. */
export interface Demos {
  /** A hackfest's demos in order (by seq). */
  ofHackfest(hackfestId: string): Promise<Demo[]>;
  /** What a batch of sign-ups by `people` needs to know of a hackfest's line-up, without reading all of it. */
  lineupSoFar(hackfestId: string, people: readonly UserId[]): Promise<LineupSoFar>;
  /** Those of `people` who present a demo (as its owner or in its team) at a hackfest. */
  presenting(hackfestId: string, people: readonly UserId[]): Promise<Set<UserId>>;
  /** Adds new demos, with their presenters; the line-up's rules were checked under the hackfest's lock. */
  add(demos: readonly Demo[]): Promise<void>;
  /**
   * Changes a demo's details and presenters; with `oneEach`, only if none of its presenters has another demo at this
   * hackfest, else it says who does.
   */
  save(demo: Demo, rules: { oneEach: boolean }): Promise<{ ok: true } | { ok: false; taken: UserId[] }>;
  remove(demoId: string): Promise<void>;
  /** Stores new places (seq) for these demos. */
  reorder(demos: readonly Demo[]): Promise<void>;
  /** How many demos each hackfest has. */
  counts(hackfestIds: readonly string[]): Promise<Map<string, number>>;
}

/** A hackfest's run of show: the timer's state and the channel message that shows it. */
export type StoredShow = { hackfestId: string; show: Show; channelId: ChannelId; messageTs: string | null };

export interface Shows {
  get(hackfestId: string): Promise<StoredShow | undefined>;
  /** The show running (or paused) in a channel, if any. */
  liveIn(channelId: ChannelId): Promise<StoredShow | undefined>;
  /** Saves the show's state; its run-of-show message is recorded apart, so neither write undoes the other. */
  save(show: StoredShow): Promise<void>;
  recordMessage(hackfestId: string, messageTs: string): Promise<void>;
}

export interface SeriesStore {
  add(series: Series): Promise<void>;
  save(series: Series): Promise<void>;
  /** Removes a series nobody has seen, once its occurrences are removed. */
  remove(id: string): Promise<void>;
  get(id: string): Promise<Series | undefined>;
  /** Reads a series to change it and holds it until the transaction ends, as `Hackfests.lock` does a hackfest. */
  lock(id: string): Promise<Series | undefined>;
  /** The series whose later dates this one carries on (moved "from this date on"), if any. */
  continuedFrom(id: string): Promise<Series | undefined>;
  active(): Promise<Series[]>;
}

/** Proposals, their backers and the changes people suggest. */
export interface Proposals {
  add(proposal: Proposal): Promise<void>;
  save(proposal: Proposal): Promise<void>;
  get(id: string): Promise<Proposal | undefined>;
  /** Reads a proposal and holds it until the transaction ends (as Hackfests.lock). */
  lock(id: string): Promise<Proposal | undefined>;
  /** Open proposals, newest first, in the given channels (or all). */
  open(options: { channelIds?: readonly ChannelId[]; limit: number }): Promise<Proposal[]>;
  /**
   * Flips whether a person backs a proposal, in one statement, unless this click was already counted (`clickId`, a
   * retry) or came within `quietMs` of their previous click (a double click). Says whether they back it now.
   */
  toggleBacking(click: {
    proposalId: string;
    userId: UserId;
    clickId: string;
    now: number;
    quietMs: number;
  }): Promise<{ backs: boolean; changed: boolean }>;
  /** Who backs a proposal, in the order they backed it. */
  backers(proposalId: string): Promise<UserId[]>;
  /** How many back each proposal. */
  backingCounts(proposalIds: readonly string[]): Promise<Map<string, number>>;
  /** Which of these proposals the person backs. */
  backedBy(userId: UserId, proposalIds: readonly string[]): Promise<Set<string>>;
  suggest(proposalId: string, suggestion: Suggestion, id: string): Promise<void>;
  suggestions(proposalId: string): Promise<Suggestion[]>;
}

/** Feedback windows and answers. */
export interface FeedbackStore {
  /** Opens feedback on a hackfest; false when it was opened before (it opens once). */
  open(window: FeedbackWindow): Promise<boolean>;
  window(hackfestId: string): Promise<FeedbackWindow | undefined>;
  windows(hackfestIds: readonly string[]): Promise<FeedbackWindow[]>;
  /** Moves the closing time of a window still open. */
  extend(hackfestId: string, closesAt: number): Promise<void>;
  /** Closes a window; false when it was already closed (so it closes, and is summed up, once). */
  close(hackfestId: string, now: number): Promise<boolean>;
  /** Where the channel's prompt was posted (the ts of its message). */
  recordPrompt(hackfestId: string, ts: string): Promise<void>;
  /** The ts of the channel's prompt; null when not recorded. */
  promptOf(hackfestId: string): Promise<string | null>;
  /** Stores a person's answer, replacing an earlier one; says whether there was one. */
  give(feedback: Feedback): Promise<{ replaced: boolean }>;
  ofHackfest(hackfestId: string): Promise<Feedback[]>;
  /** How many answered each hackfest. */
  counts(hackfestIds: readonly string[]): Promise<Map<string, number>>;
  /** The hackfest in a channel whose feedback opened last and is still open at `now`. */
  latestOpenIn(channelId: ChannelId, now: number): Promise<FeedbackWindow | undefined>;
}

/** Who has opened the app's Home tab, so that App Homes are re-published only for them. */
export interface HomeViewers {
  opened(userId: UserId, at: number): Promise<void>;
  /** Those of these people who have opened the App Home. */
  whoOpened(userIds: readonly UserId[]): Promise<UserId[]>;
}

export interface Repositories {
  dueJobs: DueJobs;
  hackfests: Hackfests;
  demos: Demos;
  shows: Shows;
  series: SeriesStore;
  proposals: Proposals;
  feedback: FeedbackStore;
  homeViewers: HomeViewers;
}

/** The database: repositories, and a transaction in which a use case's changes land together or not at all. */
export interface Store extends Repositories {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  dueJobClaims: DueJobClaims;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** What the app needs to know about people, from Slack. */
export interface People {
  profile(userId: UserId): Promise<{ timeZone: string; isAdmin: boolean }>;
  /** The channels this person is a member of (that the app can see), as of a minute ago at most. */
  channelsOf(userId: UserId): Promise<ChannelId[]>;
}

/** A message the app posted: where it is, so it can be re-rendered. */
export type MessageRef = { channelId: ChannelId; ts: string };

/** How use cases show the run of show in the channel. */
export interface Stage {
  /** Posts the run-of-show message for a hackfest's show and returns its ts. */
  open(hackfestId: string): Promise<string>;
  /** Redraws it from the database (coalesced like announcements). */
  refresh(hackfestId: string): void;
  /** The one-minute warning line. */
  warn(hackfestId: string): Promise<void>;
  /**
   * Rings the gong in the channel, tagged with `ringId`; does nothing when a message with that tag is already there
   * (a ring that crashed after Slack answered), so a gong is posted once. `ringer` is who rang it by hand, or null
   * when time ran out.
   */
  ring(hackfestId: string, ringId: string, ringer: UserId | null): Promise<void>;
}

/** The app cannot post in a channel (not a member, archived, gone); the person should be told how to fix it. */
export class ChannelUnavailableError extends Error {
  /** What the person is told: the one thing to do about it. */
  static readonly advice = "I can't post in that channel: invite me there with /invite @Hackfest, then try again.";
  readonly channelId: ChannelId;
  constructor(channelId: ChannelId, reason: string) {
    super(`cannot post in ${channelId}: ${reason}`);
    this.channelId = channelId;
  }
}

/**
 * Work that cannot run yet, though nothing failed: a channel's turn to be posted in comes in `waitMs`. The scheduler
 * puts the job back until then, freeing its slot for work that can run now.
 */
export class NotYetError extends Error {
  readonly waitMs: number;
  constructor(waitMs: number) {
    super(`not for another ${waitMs} ms`);
    this.waitMs = waitMs;
  }
}

export type CalendarFile = { fileName: string; title: string; content: string };

/** What the run-of-show message shows. */
export type ShowState = { hackfest: Hackfest; demos: Demo[]; stored: StoredShow };

/** What a hackfest's announcement shows; once it is held, the demos its show presented too. */
export type AnnouncementState = {
  hackfest: Hackfest;
  /** Its series as it repeats now: after a move "from this date on", the series carrying on its later dates. */
  series: Series | null;
  demos: Demo[];
  /** The demos shown and when the show began, once the hackfest took place. */
  presented?: Demo[];
  heldOn?: number;
  /** Its show is on (running or paused): the emcee runs it from the run-of-show message. */
  showOn?: boolean;
  /** The series' next dates after this one as they are on the calendar; without them, those its rule gives. */
  nextDates?: number[];
};

/** What a reminder shows: the hackfest as it is when posted, and its show so far (the start reminder tells it). */
export type ReminderState = AnnouncementState & { show: Show };

/** How use cases ask Slack to show state: they pass data, the adapter renders it. */
export interface Announcer {
  /** Posts a hackfest's announcement in its channel; throws ChannelUnavailableError when it cannot. */
  announce(state: AnnouncementState): Promise<MessageRef>;
  /**
   * Posts a reminder in the hackfest's channel, once per `postId` even if asked again after a crash; throws
   * ChannelUnavailableError when the app cannot post there, and NotYetError when the channel's turn is a while off.
   * Resolves with the reminder's ts (of the post made now, or found from before).
   */
  remind(kind: Exclude<ReminderKind, 'presenters'>, state: ReminderState, postId: string): Promise<string | undefined>;
  /** Re-renders the posted "is starting now" reminder (at `ts`) from the show as it now is. */
  reviseStartReminder(hackfest: Hackfest, show: Show, ts: string): Promise<void>;
  /** Takes back an announcement that could not be recorded, or that another process recorded first. */
  retract(message: MessageRef): Promise<void>;
  /**
   * Re-renders a posted announcement from the state in the database. Bursts are coalesced to one update a second
   * per message, the last one reading the final state, so this returns before the update is sent.
   */
  refresh(hackfestId: string): void;
  notify(userId: UserId, notice: Notice): Promise<void>;
  /** Uploads a calendar file where the person can download it: the channel, or their DM with the app. */
  shareCalendar(file: CalendarFile, where: { channelId: ChannelId } | { userId: UserId }): Promise<void>;
}

/** What a proposal's channel message shows. */
export type ProposalState = { proposal: Proposal; backerIds: UserId[]; tallies: SuggestionTally[] };

/** How use cases show a proposal in its channel. */
export interface ProposalBoard {
  /** Posts a proposal's message and returns where it is; throws ChannelUnavailableError when it cannot. */
  post(state: ProposalState): Promise<MessageRef>;
  /** Takes back a proposal message whose proposal could not be saved. */
  retract(message: MessageRef): Promise<void>;
  /** Re-renders the proposal's message from the database, coalesced like announcements. */
  refresh(proposalId: string): void;
}

/** A hackfest that is over, as the wrap-up and the feedback summary show it. */
export type FeedbackReport = {
  hackfest: Hackfest;
  /** The demos presented, in order. */
  presented: Demo[];
  window: FeedbackWindow;
  summary: FeedbackSummary;
};

/** How use cases ask for feedback and report it. */
export interface FeedbackBoard {
  /**
   * Posts the "Give feedback" prompt in the hackfest's channel, once even if asked again after a crash; returns the
   * ts of its message.
   */
  prompt(hackfest: Hackfest, window: FeedbackWindow): Promise<string | undefined>;
  /** Re-renders the prompt posted at `ts`: when feedback now closes, or that it closed and how many answered. */
  revisePrompt(hackfest: Hackfest, window: FeedbackWindow, ts: string, responses: number): Promise<void>;
  /** Posts the public wrap-up in the channel (demos, favourite, thanks), once. */
  wrapUp(report: FeedbackReport): Promise<void>;
  /** Sends the summary (with a chart of the ratings) to each organizer by DM. */
  sendSummary(userIds: readonly UserId[], report: FeedbackReport): Promise<void>;
}

/** What a person's App Home shows. */
export type Home = {
  now: number;
  /** The upcoming hackfests they have a part in, earliest first, each series they organize once. */
  upcoming: DashboardEntry[];
  /** More of those exist than were read. */
  unreadUpcoming: boolean;
  /** The first few upcoming hackfests in their channels that they have no part in yet, and how many more there are. */
  inYourChannels: { shown: ChannelEntry[]; more: number };
  proposals: ListedProposal[];
  /** Hackfests they organized that have started, latest first, with their feedback so far. */
  past: Array<{ hackfest: Hackfest; window: FeedbackWindow | null; responses: number }>;
  /** The full feedback report of the latest of those that took feedback. */
  latestFeedback: FeedbackReport | undefined;
};

/** Each person's App Home, re-published from the database when their part in something changes. */
export interface Homes {
  /**
   * Re-publishes the App Homes of those of these people who have opened it, coalesced per person like announcements;
   * returns before the views are published.
   */
  refresh(userIds: readonly UserId[]): void;
}
