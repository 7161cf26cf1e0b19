import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { slackDate } from '../../../src/slack/views/dates.ts';
import { hackfestListMessage } from '../../../src/slack/views/hackfestList.ts';
import { markupOf } from '../../support/blocks.ts';
import { aHackfest, aProposal } from '../../support/builders.ts';

const WINTER = Date.parse('2026-12-11T13:00:00Z');
const NOW = Date.parse('2026-12-15T09:00:00Z');
const winter = aHackfest({ startsAt: WINTER, channelId: 'C111', organizerId: 'U111', slots: 8 });
const shown = (message: { text: string; blocks: KnownBlock[] }) => markupOf(message).join('\n');

describe('the list of upcoming hackfests', () => {
  it('when there are none, then it says so and how to schedule one, with an example on a date to come', () => {
    const message = hackfestListMessage([], 'channel', { now: NOW });

    expect(message.response_type).toBe('ephemeral');
    expect(shown(message)).toContain('No upcoming hackfests in this channel');
    expect(shown(message)).toContain('`/hackfest schedule "Winter Hackfest" 2026-12-18 14:00 3h slots 8 demo 5m`');
  });

  it('when there are some, then each shows its title, time, slots taken and organizer', () => {
    const text = shown(hackfestListMessage([{ hackfest: winter, taken: 3 }], 'channel', { now: NOW }));

    expect(text).toContain('*Winter Hackfest*');
    expect(text).toContain(slackDate(WINTER, 'Europe/Berlin'));
    expect(text).toContain('3/8 demo slots taken');
    expect(text).toContain('<@U111>');
    expect(text).not.toContain('<#C111>');
  });

  it('when dates of a series are upcoming, then the series is listed once, at its next date, with how many more', () => {
    const dates = [0, 1, 2].map((week) => ({
      hackfest: { ...winter, id: `hf-${week}`, seriesId: 'series-1', startsAt: WINTER + week * 7 * 86_400_000 },
      taken: 0,
    }));

    const text = shown(hackfestListMessage(dates, 'channel', { now: NOW }));

    expect(text.match(/\*Winter Hackfest\*/g)).toHaveLength(1);
    expect(text).toContain(slackDate(WINTER, 'Europe/Berlin'));
    expect(text).toContain('and 2 more dates of this series');
  });

  it('when listing all, then each hackfest names its channel', () => {
    expect(shown(hackfestListMessage([{ hackfest: winter, taken: 0 }], 'all', { now: NOW }))).toContain('in <#C111>');
  });

  it('when there are more hackfests and proposals than fit, then the first are shown and the rest counted', () => {
    const entries = Array.from({ length: 150 }, (_, index) => ({
      hackfest: { ...winter, id: `hf-${index}`, title: `Hackfest ${index}` },
      taken: 0,
    }));
    const proposals = Array.from({ length: 11 }, (_, index) => ({
      proposal: aProposal({ title: `Idea ${index}` }),
      backing: index,
      youBack: index === 0,
    }));
    const message = hackfestListMessage(entries, 'all', { proposals, now: NOW });

    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(shown(message)).toContain('*Hackfest 29*');
    expect(shown(message)).not.toContain('*Hackfest 30*');
    expect(shown(message)).toContain('and 120 more');
    expect(shown(message)).toContain('*Idea 9* in <#C111> · proposed by <@U111> · 9 backing');
    expect(shown(message)).not.toContain('*Idea 10*');
    expect(shown(message)).toContain('and older ones: these are the 10 newest');
  });

  it('when a title holds Slack markup, then it is shown, not acted on', () => {
    const text = shown(
      hackfestListMessage([{ hackfest: { ...winter, title: '<!here> demo' }, taken: 0 }], 'channel', { now: NOW }),
    );

    expect(text).toContain('&lt;!here&gt; demo');
    expect(text).not.toContain('<!here>');
  });
});
