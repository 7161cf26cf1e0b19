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
