import type { Hackfest, Series, UserId } from './hackfest.ts';
import type { Adjustment, Proposal, Suggestion } from './proposal.ts';

/** What the app tells a person directly (by DM), as data; the Slack adapter words it. */
export type Notice =
  | { kind: 'rescheduled'; hackfest: Hackfest; previousStartsAt: number; by: UserId }
  /** A series' settings changed from this date on (feedback applied), with or without its time. */
  | { kind: 'seriesAdjusted'; hackfest: Hackfest; series: Series; by: UserId }
  | { kind: 'cancelled'; hackfest: Hackfest; by: UserId }
  | { kind: 'seriesEnded'; series: Series; by: UserId }
  | { kind: 'seriesRunningOut'; series: Series; upcoming: number[] }
  | { kind: 'promoted'; hackfest: Hackfest; demoTitle: string; position: number }
  | { kind: 'lineupMoved'; hackfest: Hackfest; demoTitle: string; position: number }
  | { kind: 'removedFromWaitlist'; hackfest: Hackfest; demoTitle: string; by: UserId }
  /** To someone its owner put on a demo's team (`joined`), or took off it. */
  | { kind: 'teamChanged'; hackfest: Hackfest; demoTitle: string; by: UserId; joined: boolean }
  /** To a demo's owner: a member of its team left it. */
  | { kind: 'teamMemberLeft'; hackfest: Hackfest; demoTitle: string; memberId: UserId }
  /** To a demo's team: its owner withdrew it. */
  | { kind: 'demoWithdrawn'; hackfest: Hackfest; demoTitle: string; by: UserId }
  | { kind: 'upNext'; hackfest: Hackfest; demoTitle: string }
  | { kind: 'presenting'; hackfest: Hackfest; demoTitle: string; position: number }
  | { kind: 'remindersBlocked'; hackfest: Hackfest }
  | { kind: 'suggestionReceived'; proposal: Proposal; suggestion: Suggestion }
  /** To its backers, or (`yours`) to its proposer when someone else, an admin, adjusted it. */
  | { kind: 'proposalAdjusted'; proposal: Proposal; adjustments: Adjustment[]; yours?: boolean }
  | { kind: 'proposalScheduled'; proposal: Proposal; hackfest: Hackfest };
