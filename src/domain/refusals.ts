import type { Hackfest, Series, UserId } from './hackfest.ts';

/** Why an action changed nothing, as data; the Slack adapter words it for the person who asked. */
export type Refusal =
  | { refused: 'not-organizer'; hackfest: Hackfest }
  | { refused: 'not-found' }
  | { refused: 'cancelled'; hackfest: Hackfest }
  | { refused: 'over'; hackfest: Hackfest }
  | { refused: 'in-the-past'; hackfest: Hackfest }
  | { refused: 'not-series-organizer'; series: Series }
  | { refused: 'off-rule'; series: Series }
  | { refused: 'signups-closed'; hackfest: Hackfest }
  | { refused: 'already-presenting'; hackfest: Hackfest; userIds: UserId[] }
  | { refused: 'no-demo'; hackfest: Hackfest };

export type Refused = { ok: false } & Refusal;
