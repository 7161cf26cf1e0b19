import type { ActionsBlock, Button } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { NOBODY } from '../../../src/domain/audience.ts';
import { ACTIONS } from '../../../src/slack/ids.ts';
import { cancelPromptMessage } from '../../../src/slack/views/cancelPrompt.ts';
import { markupOf } from '../../support/blocks.ts';
import { aHackfest, aSeries } from '../../support/builders.ts';
import { checkBlockKit } from '../../support/fakeSlack/index.ts';

const WINTER = Date.parse('2026-12-11T13:00:00Z');
const buttonsOf = (message: ReturnType<typeof cancelPromptMessage>) =>
  message.blocks
    .filter((block): block is ActionsBlock => block.type === 'actions')
    .flatMap((block) => block.elements as Button[]);

describe('the cancel prompt', () => {
  it('when an organizer asks to cancel a one-off, then it says who is told, counted, and asks to confirm', () => {
    const told = { ...NOBODY, signedUp: ['U1', 'U2', 'U3'], emcees: ['U4'] };
    const message = cancelPromptMessage(aHackfest({ id: 'hf-1', startsAt: WINTER }), null, told);
    const buttons = buttonsOf(message);

    expect(markupOf(message).join('\n')).toContain('The 3 people signed up and the emcee will be told.');
    expect(markupOf(message).join('\n')).toContain(`<!date^${WINTER / 1000}^`);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]).toMatchObject({
      action_id: ACTIONS.confirmCancel,
      style: 'danger',
      text: { text: 'Cancel this hackfest' },
      value: 'occurrence:hf-1',
      confirm: { style: 'danger' },
    });
    expect(checkBlockKit('message', message.blocks)).toEqual([]);
  });

  it('when it is a date of a series, then the whole series can be ended too, by a button of its own', () => {
    const series = aSeries({ id: 'series-1' });
    const message = cancelPromptMessage(aHackfest({ id: 'hf-1', seriesId: series.id }), series, NOBODY);
    const buttons = buttonsOf(message);

    expect(buttons.map((button) => [button.action_id, button.value])).toEqual([
      [ACTIONS.confirmCancel, 'occurrence:hf-1'],
      [ACTIONS.confirmEndSeries, 'series:series-1'],
    ]);
    expect(markupOf(message).join('\n')).toContain('Nobody else is signed up, so nobody else needs telling.');
    expect(buttons[1]).toMatchObject({ style: 'danger', text: { text: 'End the whole series' } });
    expect(buttons.every((button) => button.confirm !== undefined)).toBe(true);
    expect(checkBlockKit('message', message.blocks)).toEqual([]);
  });
});
