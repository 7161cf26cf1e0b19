import { describe, expect, it } from 'vitest';
import { NOBODY } from '../../../src/domain/audience.ts';
import { CALLBACKS, FIELDS } from '../../../src/slack/ids.ts';
import { slackDate } from '../../../src/slack/views/dates.ts';
import { rescheduleModal } from '../../../src/slack/views/rescheduleModal.ts';
import { markupOf } from '../../support/blocks.ts';
import { aHackfest } from '../../support/builders.ts';
import { checkBlockKit } from '../../support/fakeSlack/index.ts';

const WINTER = Date.parse('2026-12-11T13:00:00Z');
const winter = aHackfest({ id: 'hf-1', startsAt: WINTER, title: '<!channel> party' });
const blockIds = (modal: ReturnType<typeof rescheduleModal>) => modal.blocks.map((block) => block.block_id);

describe('the reschedule modal', () => {
  it('when it opens, then it carries the hackfest id, shows the current time and starts the picker there', () => {
    const modal = rescheduleModal(winter, { ...NOBODY, timekeepers: ['U4'], organizers: ['U2'] });

    expect(modal).toMatchObject({ callback_id: CALLBACKS.reschedule, private_metadata: 'hf-1' });
    expect(markupOf({ blocks: modal.blocks }).join('\n')).toContain(`now starts ${slackDate(WINTER, 'Europe/Berlin')}`);
    expect(modal.blocks).toContainEqual(
      expect.objectContaining({
        block_id: FIELDS.start,
        element: expect.objectContaining({
          type: 'datetimepicker',
          action_id: 'value',
          initial_date_time: WINTER / 1000,
        }),
      }),
    );
    expect(markupOf({ blocks: modal.blocks }).join('\n')).toContain(
      'The timekeeper and 1 organizer will be told the new time.',
    );
    expect(JSON.stringify(modal)).not.toContain('<!channel>');
    expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
  });

  it('when the hackfest is a one-off, then only the new start is asked', () => {
    expect(blockIds(rescheduleModal(winter, NOBODY))).not.toContain(FIELDS.scope);
  });

  it('when a time was typed before picking the hackfest, then the picker starts at that time', () => {
    const typed = Date.parse('2026-12-18T15:00:00Z');
    const picker = rescheduleModal(winter, NOBODY, { typedStart: typed }).blocks.find(
      (block) => block.block_id === FIELDS.start,
    );

    expect(picker).toMatchObject({ element: { initial_date_time: typed / 1000 } });
  });

  it('when the hackfest is a date of a series, then it also asks whether later dates move too', () => {
    const modal = rescheduleModal({ ...winter, seriesId: 'series-1' }, NOBODY);

    expect(blockIds(modal)).toContain(FIELDS.scope);
    expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
  });
});
