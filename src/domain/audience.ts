import type { Hackfest, UserId } from './hackfest.ts';
import { type Demo, presenters } from './lineup.ts';

/** Who hears about a change to a hackfest, by why it concerns them; each person once. */
export type Audience = { signedUp: UserId[]; emcees: UserId[]; timekeepers: UserId[]; organizers: UserId[] };

export const NOBODY: Audience = { signedUp: [], emcees: [], timekeepers: [], organizers: [] };

export const everyoneIn = (audience: Audience): UserId[] => [
  ...audience.signedUp,
  ...audience.emcees,
  ...audience.timekeepers,
  ...audience.organizers,
];

/**
 * Everyone a change to this hackfest concerns, except the people in `leaveOut` (the person who made it, those told
 * already): whoever signed up (presenters, their teams, the waitlist), the emcee, the timekeeper and the organizers.
 * Someone in several of those is counted under the first.
 */
export function concernedBy(hackfest: Hackfest, demos: readonly Demo[], leaveOut: Iterable<UserId>): Audience {
  const seen = new Set(leaveOut);
  const newcomers = (ids: ReadonlyArray<UserId | null>): UserId[] => {
    const fresh = [...new Set(ids)].filter((id): id is UserId => id !== null && !seen.has(id));
    for (const id of fresh) seen.add(id);
    return fresh;
  };
  return {
    signedUp: newcomers(demos.flatMap(presenters)),
    emcees: newcomers([hackfest.emceeId]),
    timekeepers: newcomers([hackfest.timekeeperId]),
    organizers: newcomers([hackfest.organizerId, ...hackfest.coOrganizerIds]),
  };
}

export const joined = (one: Audience, other: Audience): Audience => ({
  signedUp: [...one.signedUp, ...other.signedUp],
  emcees: [...one.emcees, ...other.emcees],
  timekeepers: [...one.timekeepers, ...other.timekeepers],
  organizers: [...one.organizers, ...other.organizers],
});
