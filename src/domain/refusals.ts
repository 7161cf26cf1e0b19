import type { Hackfest, Series, UserId } from './hackfest.ts';
import type { Proposal } from './proposal.ts';

/** Why an action changed nothing, as data; the Slack adapter words it for the person who asked. */
export type Refusal =
  | { refused: 'not-organizer'; hackfest: Hackfest }
  | { refused: 'not-found' }
  | { refused: 'cancelled'; hackfest: Hackfest }
  | { refused: 'over'; hackfest: Hackfest }
  | { refused: 'held'; hackfest: Hackfest }
  | { refused: 'show-on'; hackfest: Hackfest }
  /** Reordering the stage while the show runs: its order is the emcee's then. */
  | { refused: 'show-on-order'; hackfest: Hackfest }
  | { refused: 'in-the-past'; hackfest: Hackfest }
  | { refused: 'too-far-ahead'; hackfest: Hackfest }
  | { refused: 'same-time'; hackfest: Hackfest }
  | { refused: 'not-series-organizer'; series: Series }
  | { refused: 'off-rule'; series: Series }
  | { refused: 'signups-closed'; hackfest: Hackfest }
  | { refused: 'already-presenting'; hackfest: Hackfest; userIds: UserId[] }
  | { refused: 'no-demo'; hackfest: Hackfest }
  | { refused: 'in-team'; hackfest: Hackfest; ownerId: UserId; demoTitle: string }
  | { refused: 'not-running-the-show'; hackfest: Hackfest }
  | { refused: 'role-taken'; hackfest: Hackfest; role: Role; by: UserId }
  | { refused: 'no-show'; hackfest: Hackfest | null }
  | { refused: 'nothing-to-start' }
  | { refused: 'too-early'; hackfest: Hackfest }
  | { refused: 'timer'; hackfest: Hackfest; reason: string }
  | { refused: 'proposal-not-found' }
  | { refused: 'not-proposer'; proposal: Proposal }
  | { refused: 'proposal-scheduled'; proposal: Proposal }
  | { refused: 'feedback-closed'; hackfest: Hackfest }
  /** To an organizer changing a feedback round that has closed. */
  | { refused: 'feedback-already-closed'; hackfest: Hackfest }
  | { refused: 'no-feedback-open' };

export type Role = 'emcee' | 'timekeeper';

export type Refused = { ok: false } & Refusal;

/**
 * A hackfest whose show has ended took place: signing up, editing or withdrawing a demo, claiming a role, moving it
 * or cancelling it are refused.
 */
export const refuseIfHeld = (hackfest: Hackfest): Refused | undefined =>
  hackfest.status === 'held' ? { ok: false, refused: 'held', hackfest } : undefined;
