import type { SectionBlock, StaticSelect } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.ts';
import { pickHackfestMessage } from '../../../src/slack/views/pickHackfest.ts';
import { aHackfest } from '../../support/builders.ts';

const WINTER = Date.parse('2026-12-11T13:00:00Z');

const selectOf = (message: ReturnType<typeof pickHackfestMessage>) =>
  (message.blocks[0] as SectionBlock).accessory as StaticSelect;

describe('picking one of several matching hackfests', () => {
  it("when several match, then the person is asked which, each option naming the title and the date in the reader's zone", () => {
    const message = pickHackfestMessage(
      [aHackfest({ id: 'hf-1', startsAt: WINTER }), aHackfest({ id: 'hf-2', startsAt: WINTER + 7 * 86_400_000 })],
      'reschedule',
      { zone: 'America/Los_Angeles' },
    );
    const select = selectOf(message);

    expect(message.text).toContain('Several hackfests match');
    expect(select.action_id).toBe(ACTIONS.pickHackfest);
    expect(select.options?.map((option) => [option.text.text, option.value])).toEqual([
      ['Winter Hackfest · 2026-12-11 05:00', 'reschedule:hf-1'],
      ['Winter Hackfest · 2026-12-18 05:00', 'reschedule:hf-2'],
    ]);
  });

  it('when titles are long and many match, then at most 100 options of at most 75 characters are offered', () => {
    const many = Array.from({ length: 150 }, (_, index) =>
      aHackfest({ id: `hf-${index}`, title: '<!channel>&'.repeat(14), startsAt: WINTER }),
    );
    const options = selectOf(pickHackfestMessage(many, 'cancel', { zone: 'Europe/Berlin' })).options ?? [];

    expect(options).toHaveLength(100);
    for (const option of options) {
      expect(option.text.type).toBe('plain_text');
      expect(option.text.text.length).toBeLessThanOrEqual(75);
      expect(option.text.text).toMatch(/… · 2026-12-11 14:00$/);
      expect(option.value?.length).toBeLessThanOrEqual(75);
    }
  });
});
