import { hackfestEntry, movedFromRule, seriesEntry } from '../calendar/entries.ts';
import { buildCalendar, calendarFileName } from '../calendar/ics.ts';
import type { CalendarEntry } from '../calendar/types.ts';
import type { Hackfest, UserId } from '../domain/hackfest.ts';
import type { Deps } from './deps.ts';
import { datesToCome, seriesOf } from './seriesOf.ts';

/**
 * Calendar entries for hackfests: one-offs as they are; a series as one recurring event, with each occurrence that
 * was moved as an event of its own (and excluded from the rule). Cancelled dates are skipped dates of the series.
 */
async function entriesFor(deps: Deps, hackfests: readonly Hackfest[]): Promise<CalendarEntry[]> {
  const entries: CalendarEntry[] = [];
  const bySeries = Map.groupBy(hackfests, (hackfest) => hackfest.seriesId ?? '');
  for (const [seriesId, group] of bySeries) {
    const series = seriesId ? await seriesOf(deps, group[0] as Hackfest) : null;
    if (!series) {
      entries.push(...group.map(hackfestEntry));
      continue;
    }
    const moved = group.filter((hackfest) => movedFromRule(hackfest, series));
    entries.push(
      seriesEntry(
        series,
        moved.map((hackfest) => hackfest.occurrenceDate ?? ''),
      ),
      ...moved.map(hackfestEntry),
    );
  }
  return entries;
}

/** What an exported file holds: its events, of which some are whole series (one recurring event each). */
export type Exported = { events: number; series: number };

/** `/hackfest export`: an .ics file of the channel's upcoming hackfests, uploaded into the channel. */
export async function exportCalendar(deps: Deps, request: { channelId: string }): Promise<Exported> {
  const now = deps.clock.now();
  const hackfests = await deps.store.hackfests.upcoming({ now, channelIds: [request.channelId] });
  if (hackfests.length === 0) return { events: 0, series: 0 };
  const entries = await entriesFor(deps, hackfests);
  const content = buildCalendar(entries, { name: 'Hackfests', now });
  await deps.announcer.shareCalendar(
    { fileName: 'hackfests.ics', title: 'Upcoming hackfests', content },
    { channelId: request.channelId },
  );
  return { events: entries.length, series: entries.filter((entry) => entry.recurrence).length };
}

/** "Download .ics" on an announcement: that one hackfest's file, in the person's DM with the app. */
export async function sendCalendarFile(deps: Deps, request: { userId: UserId; hackfestId: string }): Promise<boolean> {
  const hackfest = await deps.store.hackfests.get(request.hackfestId);
  if (!hackfest) return false;
  const entries = await entriesFor(deps, await withItsSeries(deps, hackfest));
  const content = buildCalendar(entries, { name: hackfest.title, now: deps.clock.now() });
  await deps.announcer.shareCalendar(
    { fileName: calendarFileName(hackfest.title), title: hackfest.title, content },
    { userId: request.userId },
  );
  return true;
}

/**
 * A date of a series with the series' other dates to come: the file holds the series as one recurring event, so the
 * dates moved on their own must be there to be taken out of it and shown where they now are.
 */
async function withItsSeries(deps: Deps, hackfest: Hackfest): Promise<Hackfest[]> {
  if (!hackfest.seriesId) return [hackfest];
  const series = { id: hackfest.seriesId, durationMs: hackfest.durationMs };
  const others = await datesToCome(deps.store.hackfests, series, deps.clock.now());
  return [hackfest, ...others.filter((date) => date.id !== hackfest.id)];
}
