import { describe, expect, it } from 'vitest';
import { type DashboardEntry, foldSeries, type Involvement, toJoin } from '../../src/domain/dashboard.ts';
import type { Hackfest } from '../../src/domain/hackfest.ts';
import { aHackfest, aSeries } from '../support/builders.ts';

const WEEK = 7 * 24 * 3_600_000;
const NOW = Date.parse('2026-11-23T09:00:00Z');
const series = aSeries({ id: 'weekly', rule: 'FREQ=WEEKLY' });
const dates = Array.from({ length: 9 }, (_, index) =>
  aHackfest({ id: `week-${index + 1}`, seriesId: series.id, startsAt: NOW + (index + 1) * WEEK }),
);
const organizer: Involvement = { role: 'organizer' };
const entry = (hackfest: Hackfest, ...involvement: Involvement[]): DashboardEntry => ({ hackfest, involvement });
const ids = (entries: readonly { hackfest: Hackfest }[] | readonly Hackfest[]) =>
  entries.map((each) => ('hackfest' in each ? each.hackfest.id : each.id));

describe('a person’s upcoming hackfests on their Home', () => {
  const seriesDates = new Map([[series.id, { series, dates }]]);

  it('when they organize a weekly series, then it is one entry, its next date, with the number of dates after it', () => {
    const folded = foldSeries(
      dates.map((date) => entry(date, organizer)),
      seriesDates,
    );

    expect(ids(folded)).toEqual(['week-1']);
    expect(folded[0]?.series).toEqual({ series, laterDates: 8 });
  });

  it('when they also present on a later date of their series, then that date keeps its own entry', () => {
    const presenting: Involvement = { role: 'presenter', position: 1, demoTitle: 'Robots' };
    const folded = foldSeries(
      dates.map((date) => (date.id === 'week-4' ? entry(date, organizer, presenting) : entry(date, organizer))),
      seriesDates,
    );

    expect(ids(folded)).toEqual(['week-1', 'week-4']);
    expect(folded[1]?.involvement).toEqual([organizer, presenting]);
  });

  it('when a date of the series is cancelled, then it is not counted among the dates after', () => {
    const cancelled = dates.map((date) => (date.id === 'week-5' ? { ...date, status: 'cancelled' as const } : date));
    const folded = foldSeries(
      [entry(dates[0] as Hackfest, organizer)],
      new Map([[series.id, { series, dates: cancelled }]]),
    );

    expect(folded[0]?.series?.laterDates).toBe(7);
  });

  it('when they only present at dates of a series, and have one-off hackfests, then each stays as it is', () => {
    const presenting: Involvement = { role: 'presenter', position: 2, demoTitle: 'Robots' };
    const oneOff = aHackfest({ id: 'one-off', startsAt: NOW + 2 * WEEK });
    const entries = [
      entry(dates[0] as Hackfest, presenting),
      entry(oneOff, organizer),
      entry(dates[1] as Hackfest, presenting),
    ];

    expect(foldSeries(entries, seriesDates)).toEqual(entries);
  });
});

describe('the hackfests in a person’s channels suggested on their Home', () => {
  it('when a channel has a weekly series and a one-off, then the series shows once, at its next date, and the one-off too', () => {
    const oneOff = aHackfest({ id: 'one-off', startsAt: NOW + 2 * WEEK + 1 });

    expect(ids(toJoin([...dates.slice(0, 2), oneOff, ...dates.slice(2)], new Set(), NOW))).toEqual([
      'week-1',
      'one-off',
    ]);
  });

  it('when they have a part in the next date of a series, then its following date is suggested instead', () => {
    expect(ids(toJoin(dates, new Set(['week-1']), NOW))).toEqual(['week-2']);
  });

  it('when a hackfest has already started, then it is not suggested', () => {
    const running = aHackfest({ id: 'running', startsAt: NOW - 60_000 });

    expect(ids(toJoin([running, dates[0] as Hackfest], new Set(), NOW))).toEqual(['week-1']);
  });
});
