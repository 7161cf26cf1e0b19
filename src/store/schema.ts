import type { Generated } from 'kysely';

/** Timestamps are epoch milliseconds (bigint columns) on both engines. */
export interface DueJobsTable {
  id: string;
  kind: string;
  /** Identifies the job to the use case that owns it (e.g. `gong:<demo>`), so it can be moved or cancelled. */
  key: string | null;
  due_at: number;
  payload: string;
  attempts: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  done_at: number | null;
  last_error: string | null;
  created_at: number;
}

/** Lists of user ids are JSON arrays in text columns, the same on both engines. */
export interface SeriesTable {
  id: string;
  title: string;
  description: string;
  channel_id: string;
  organizer_id: string;
  co_organizer_ids: string;
  time_zone: string;
  rule: string;
  first_date: string;
  first_time: string;
  duration_ms: number;
  slots: number;
  demo_ms: number;
  signup_lead_ms: number;
  skipped_dates: string;
  reminders: Generated<string>;
  status: 'active' | 'ended';
  nudged_at: number | null;
  continued_by: string | null;
  created_at: number;
  updated_at: number;
}

export interface HackfestsTable {
  id: string;
  series_id: string | null;
  occurrence_date: string | null;
  title: string;
  description: string;
  channel_id: string;
  organizer_id: string;
  co_organizer_ids: string;
  starts_at: number;
  duration_ms: number;
  slots: number;
  demo_ms: number;
  signup_deadline: number;
  time_zone: string;
  status: 'scheduled' | 'held' | 'cancelled';
  announcement_channel_id: string | null;
  announcement_ts: string | null;
  /** Written apart from the rest of the row (recordStartReminder), so a save of the hackfest never loses it. */
  start_reminder_ts: Generated<string | null>;
  signups_reopened: Generated<number>;
  one_demo_each: Generated<number>;
  emcee_id: string | null;
  timekeeper_id: string | null;
  reminders: Generated<string>;
  created_at: number;
  updated_at: number;
}

export interface DemosTable {
  id: string;
  hackfest_id: string;
  owner_id: string;
  title: string;
  description: string;
  team_ids: string;
  length_ms: number;
  seq: number;
  created_at: number;
}

export interface DemoPresentersTable {
  hackfest_id: string;
  user_id: string;
  demo_id: string;
}

export interface ShowsTable {
  hackfest_id: string;
  /** The timer's state (domain/timer.ts Show) as JSON. */
  state: string;
  channel_id: string;
  message_ts: string | null;
  updated_at: number;
}

export interface ProposalsTable {
  id: string;
  proposer_id: string;
  channel_id: string;
  title: string;
  why: string;
  format: string;
  duration_ms: number;
  frequency: string;
  /** JSON list. */
  topics: string;
  status: 'open' | 'scheduled';
  message_channel_id: string | null;
  message_ts: string | null;
  /** JSON list of domain/proposal.ts Adjustment. */
  adjustments: string;
  adjustments_digested: number;
  /** JSON of Proposal['scheduled'], or null. */
  scheduled: string | null;
  created_at: number;
  updated_at: number;
}

export interface ProposalBackersTable {
  proposal_id: string;
  user_id: string;
  backs: number;
  changed_at: number;
  last_click: string;
}

export interface ProposalSuggestionsTable {
  id: string;
  proposal_id: string;
  user_id: string;
  aspect: string;
  text: string;
  created_at: number;
}

export interface FeedbackWindowsTable {
  hackfest_id: string;
  opened_at: number;
  closes_at: number;
  closed_at: number | null;
  /** Written apart from the rest of the row (recordPrompt) once the prompt is posted. */
  prompt_ts: Generated<string | null>;
}

export interface FeedbackTable {
  hackfest_id: string;
  user_id: string;
  rating: number;
  favourite_demo_id: string | null;
  /** JSON of domain/feedback.ts FeedbackAnswer['aspects']. */
  aspects: string;
  comment: string;
  anonymous: number;
  updated_at: number;
}

export interface HomeViewersTable {
  user_id: string;
  opened_at: number;
}

export interface Schema {
  due_jobs: DueJobsTable;
  series: SeriesTable;
  hackfests: HackfestsTable;
  demos: DemosTable;
  demo_presenters: DemoPresentersTable;
  shows: ShowsTable;
  proposals: ProposalsTable;
  proposal_backers: ProposalBackersTable;
  proposal_suggestions: ProposalSuggestionsTable;
  feedback_windows: FeedbackWindowsTable;
  feedback: FeedbackTable;
  home_viewers: HomeViewersTable;
}
