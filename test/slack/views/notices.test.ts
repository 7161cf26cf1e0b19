import { describe, expect, it } from 'vitest';
import { slackDate } from '../../../src/slack/views/dates.ts';
import { noticeMessage } from '../../../src/slack/views/notices.ts';
import { aHackfest, aSeries } from '../../support/builders.ts';

const WINTER = Date.parse('2026-12-11T13:00:00Z');
const LATER = Date.parse('2026-12-18T13:00:00Z');
const berlin = (instant: number) => slackDate(instant, 'Europe/Berlin');

describe('notices sent by DM', () => {
  it('when a hackfest is rescheduled, then the DM names it, the old and new time, and who moved it', () => {
    const { text } = noticeMessage({
      kind: 'rescheduled',
      hackfest: aHackfest({ startsAt: LATER }),
      previousStartsAt: WINTER,
      by: 'U222',
    });

    expect(text).toContain(`*Winter Hackfest* moved from ${berlin(WINTER)} to ${berlin(LATER)}, by <@U222>`);
  });

  it('when a series is adjusted from one of its dates, then the DM says from when, and its new length, slots and repeat', () => {
    const { text } = noticeMessage({
      kind: 'seriesAdjusted',
      hackfest: aHackfest({ startsAt: LATER }),
      series: aSeries({ durationMs: 2 * 3_600_000, slots: 6, demoMs: 10 * 60_000, rule: 'FREQ=WEEKLY' }),
      by: 'U222',
    });

    expect(text).toContain(`*Winter Hackfest* changes from ${berlin(LATER)} on, by <@U222>: 2h long, 6 demo slots`);
    expect(text).toContain('up to 10m, repeating every week');
  });

  it('when a hackfest is cancelled, then the DM names it, its time, and who cancelled it', () => {
    const { text } = noticeMessage({ kind: 'cancelled', hackfest: aHackfest({ startsAt: WINTER }), by: 'U222' });

    expect(text).toContain(`*Winter Hackfest* on ${berlin(WINTER)} is cancelled, by <@U222>`);
  });

  it('when a series is ended, then the DM says its coming dates are cancelled', () => {
    const { text } = noticeMessage({ kind: 'seriesEnded', series: aSeries(), by: 'U222' });

    expect(text).toContain('*Hack Friday* series has ended, by <@U222>');
  });

  it('when a series has one date left, then its organizers are shown it and how to keep the series going', () => {
    const { text } = noticeMessage({ kind: 'seriesRunningOut', series: aSeries(), upcoming: [WINTER] });

    expect(text).toContain(`*Hack Friday* has only one date left: ${berlin(WINTER)}`);
    expect(text).toContain('`/hackfest schedule`');
  });

  it('when a series has no date left, then the DM says so', () => {
    const { text } = noticeMessage({ kind: 'seriesRunningOut', series: aSeries(), upcoming: [] });

    expect(text).toContain('has no dates left');
  });

  it('when a title holds Slack markup, then the DM shows it escaped', () => {
    const { text, blocks } = noticeMessage({ kind: 'seriesEnded', series: aSeries({ title: '<!channel>' }), by: 'U1' });

    expect(text).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(blocks)).not.toContain('<!channel>');
  });
});
