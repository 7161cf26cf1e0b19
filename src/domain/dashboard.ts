import type { Hackfest, UserId } from './hackfest.ts';
import { type Demo, lineup, presenters } from './lineup.ts';

/** What a person does at a hackfest. */
export type Involvement =
  | { role: 'organizer' | 'emcee' | 'timekeeper' }
  | { role: 'presenter'; position: number; demoTitle: string }
  | { role: 'waitlisted'; position: number; demoTitle: string };

export type DashboardEntry = { hackfest: Hackfest; involvement: Involvement[] };

/** A person's part in a hackfest: their roles, and where their demo stands; empty when they have none. */
export function involvementIn(hackfest: Hackfest, demos: readonly Demo[], userId: UserId): Involvement[] {
  const roles: Involvement[] = [];
  if (hackfest.organizerId === userId || hackfest.coOrganizerIds.includes(userId)) roles.push({ role: 'organizer' });
  if (hackfest.emceeId === userId) roles.push({ role: 'emcee' });
  if (hackfest.timekeeperId === userId) roles.push({ role: 'timekeeper' });
  const { onStage, waitlist } = lineup(demos, hackfest.slots);
  onStage.forEach((demo, index) => {
    if (presenters(demo).includes(userId))
      roles.push({ role: 'presenter', position: index + 1, demoTitle: demo.title });
  });
  waitlist.forEach((demo, index) => {
    if (presenters(demo).includes(userId))
      roles.push({ role: 'waitlisted', position: index + 1, demoTitle: demo.title });
  });
  return roles;
}

/** How much of each list a person's App Home shows (a home view holds 100 blocks); it says when there is more. */
export const HOME_LIMITS = { upcoming: 12, proposals: 8, past: 5 } as const;

/** Everyone with a part in a hackfest: organizers, emcee, timekeeper and presenters (waiting ones too). */
export function peopleInvolved(hackfest: Hackfest, demos: readonly Demo[]): UserId[] {
  const people = [hackfest.organizerId, ...hackfest.coOrganizerIds, hackfest.emceeId, hackfest.timekeeperId];
  return [...new Set([...people.filter((id): id is UserId => id !== null), ...demos.flatMap(presenters)])];
}
