import type { Hackfest, Series, UserId } from './hackfest.ts';
import { type Demo, lineup, presenters } from './lineup.ts';

/** What a person does at a hackfest. */
export type Involvement =
  | { role: 'organizer' | 'emcee' | 'timekeeper' }
  | { role: 'presenter'; position: number; demoTitle: string }
  | { role: 'waitlisted'; position: number; demoTitle: string };

/**
 * An upcoming hackfest on a person's Home and their part in it. A series they organize is one entry, its next date,
 * with the series and how many of its dates come after.
 */
export type DashboardEntry = {
  hackfest: Hackfest;
  involvement: Involvement[];
  series?: { series: Series; laterDates: number };
};

/** An upcoming hackfest in a person's channels that they have no part in yet, and how many demo slots are taken. */
export type ChannelEntry = { hackfest: Hackfest; taken: number };

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
export const HOME_LIMITS = { upcoming: 12, inYourChannels: 5, proposals: 8, past: 5 } as const;

/** How many of the hackfests a person has a part in are read for their Home: a series' dates fold into one entry. */
export const INVOLVING_READ = 50;

const organizes = (entry: DashboardEntry) => entry.involvement.some(({ role }) => role === 'organizer');

/**
 * A person's upcoming hackfests as their Home lists them: each series they organize once, at its next date, with how
 * many of its scheduled dates (`seriesDates`, by series id) come after; a later date where they have another part
 * too (a demo, a role) keeps an entry of its own. Other hackfests stay as they are.
 */
export function foldSeries(
  entries: readonly DashboardEntry[],
  seriesDates: ReadonlyMap<string, { series: Series; dates: readonly Hackfest[] }>,
): DashboardEntry[] {
  const shown = new Set<string>();
  return entries.flatMap((entry) => {
    const seriesId = entry.hackfest.seriesId;
    const ofSeries = seriesId === null ? undefined : seriesDates.get(seriesId);
    if (seriesId === null || !ofSeries || !organizes(entry)) return [entry];
    if (shown.has(seriesId)) return entry.involvement.length > 1 ? [entry] : [];
    shown.add(seriesId);
    const laterDates = ofSeries.dates.filter(
      (date) => date.status === 'scheduled' && date.startsAt > entry.hackfest.startsAt,
    ).length;
    return [{ ...entry, series: { series: ofSeries.series, laterDates } }];
  });
}

/**
 * The hackfests in a person's channels worth suggesting on their Home: those not started yet that they have no part
 * in, each series once (its next such date), earliest first.
 */
export function toJoin(inChannels: readonly Hackfest[], involvedIds: ReadonlySet<string>, now: number): Hackfest[] {
  const seen = new Set<string>();
  return inChannels.filter((hackfest) => {
    if (hackfest.status !== 'scheduled' || hackfest.startsAt <= now || involvedIds.has(hackfest.id)) return false;
    if (hackfest.seriesId === null) return true;
    if (seen.has(hackfest.seriesId)) return false;
    seen.add(hackfest.seriesId);
    return true;
  });
}

/** Everyone with a part in a hackfest: organizers, emcee, timekeeper and presenters (waiting ones too). */
export function peopleInvolved(hackfest: Hackfest, demos: readonly Demo[]): UserId[] {
  const people = [hackfest.organizerId, ...hackfest.coOrganizerIds, hackfest.emceeId, hackfest.timekeeperId];
  return [...new Set([...people.filter((id): id is UserId => id !== null), ...demos.flatMap(presenters)])];
}
