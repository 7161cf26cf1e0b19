import type { AnyBlock, InputBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/hackfest.ts';
import { RECURRENCE_CHOICES } from '../../../src/domain/recurrence.ts';
import { CALLBACKS, FIELDS } from '../../../src/slack/ids.ts';
import { scheduleModal } from '../../../src/slack/views/scheduleModal.ts';
import { aHackfest } from '../../support/builders.ts';
import { checkBlockKit } from '../../support/fakeSlack/index.ts';

/** Next Friday 14:00 in Berlin, as the command computes it. */
const FRIDAY = Date.parse('2026-11-27T13:00:00Z');

const SCHEDULE_FIELDS = [
  'title',
  'start',
  'length',
  'slots',
  'demo',
  'deadline',
  'channel',
  'recurrence',
  'everyNWeeks',
  'customRule',
  'reminders',
  'coOrganizers',
  'description',
] as const;

const inputs = (blocks: AnyBlock[] | undefined) =>
  new Map(
    (blocks ?? [])
      .filter((block): block is InputBlock => block.type === 'input')
      .map((block) => [block.block_id, block]),
  );
const elementOf = (blocks: AnyBlock[] | undefined, blockId: string) =>
  inputs(blocks).get(blockId)?.element as unknown as Record<string, unknown>;

describe('the schedule modal', () => {
  const modal = scheduleModal({ channelId: 'C111', initialStart: FRIDAY });

  it('when it opens, then it is the schedule form, within modal limits, carrying no private metadata', () => {
    expect(modal).toMatchObject({
      type: 'modal',
      callback_id: CALLBACKS.schedule,
      title: { text: 'Schedule a hackfest' },
      submit: { text: 'Schedule' },
    });
    expect(modal.private_metadata ?? '').toBe('');
    expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
  });

  it('when it opens, then every field is an input keyed by its block id with the action id "value"', () => {
    const shown = inputs(modal.blocks);

    expect([...shown.keys()].sort()).toEqual(SCHEDULE_FIELDS.map((field) => FIELDS[field]).sort());
    for (const block of shown.values()) expect(block.element).toMatchObject({ action_id: 'value' });
  });

  it('when it opens, then only the details a hackfest cannot do without are required', () => {
    const optional = [...inputs(modal.blocks).values()]
      .filter((block) => block.optional)
      .map((block) => block.block_id);

    expect(optional.sort()).toEqual(
      [
        FIELDS.deadline,
        FIELDS.everyNWeeks,
        FIELDS.customRule,
        FIELDS.reminders,
        FIELDS.coOrganizers,
        FIELDS.description,
      ].sort(),
    );
  });

  it('when it opens, then it starts at the given time with the usual length, slots and demo length', () => {
    expect(elementOf(modal.blocks, FIELDS.start)).toMatchObject({
      type: 'datetimepicker',
      initial_date_time: FRIDAY / 1000,
    });
    expect(elementOf(modal.blocks, FIELDS.length)).toMatchObject({ initial_value: '3h' });
    expect(elementOf(modal.blocks, FIELDS.demo)).toMatchObject({ initial_value: '5m' });
    expect(elementOf(modal.blocks, FIELDS.slots)).toMatchObject({
      type: 'number_input',
      is_decimal_allowed: false,
      min_value: String(LIMITS.minSlots),
      max_value: String(LIMITS.maxSlots),
      initial_value: '8',
    });
    expect(inputs(modal.blocks).get(FIELDS.length)?.hint?.text).toContain('3h, 90m');
  });

  it('when it opens, then the lengths a person can type are held to the limits', () => {
    expect(elementOf(modal.blocks, FIELDS.title)).toMatchObject({ max_length: LIMITS.titleLength });
    expect(elementOf(modal.blocks, FIELDS.description)).toMatchObject({
      multiline: true,
      max_length: LIMITS.descriptionLength,
    });
  });

  it('when it opens in a channel, then that channel is picked; otherwise the current conversation is', () => {
    expect(elementOf(modal.blocks, FIELDS.channel)).toMatchObject({
      type: 'conversations_select',
      default_to_current_conversation: true,
      initial_conversation: 'C111',
      filter: { include: ['public', 'private'] },
    });
    const elsewhere = scheduleModal({ channelId: undefined, initialStart: FRIDAY });
    expect(elementOf(elsewhere.blocks, FIELDS.channel)).not.toHaveProperty('initial_conversation');
  });

  it('when it opens, then every way to repeat is offered and it does not repeat unless asked', () => {
    const repeat = elementOf(modal.blocks, FIELDS.recurrence) as {
      options: { value: string }[];
      initial_option: { value: string };
    };

    expect(repeat.options.map((option) => option.value)).toEqual([...RECURRENCE_CHOICES]);
    expect(repeat.initial_option.value).toBe('none');
  });

  it('when a proposal prefills it, then its title, description, length and rule are filled in', () => {
    const prefilled = scheduleModal({
      channelId: 'C111',
      initialStart: FRIDAY,
      prefill: { title: 'Hack Friday', description: 'Demos', durationMs: 90 * 60_000, rule: 'FREQ=WEEKLY' },
    });

    expect(elementOf(prefilled.blocks, FIELDS.title)).toMatchObject({ initial_value: 'Hack Friday' });
    expect(elementOf(prefilled.blocks, FIELDS.description)).toMatchObject({ initial_value: 'Demos' });
    expect(elementOf(prefilled.blocks, FIELDS.length)).toMatchObject({ initial_value: '1h 30m' });
    expect(elementOf(prefilled.blocks, FIELDS.customRule)).toMatchObject({ initial_value: 'FREQ=WEEKLY' });
    expect(elementOf(prefilled.blocks, FIELDS.recurrence)).toMatchObject({ initial_option: { value: 'custom' } });
  });

  it("when it adjusts a series from one of its dates, then it keeps the series' channel and organizers and must repeat", () => {
    const january = aHackfest({ id: 'hf-jan', seriesId: 'series-1', startsAt: FRIDAY });

    const adjusting = scheduleModal({
      channelId: 'C111',
      initialStart: january.startsAt,
      prefill: { rule: 'FREQ=MONTHLY;BYDAY=+2FR', slots: 12, demoMs: 10 * 60_000, reminders: [] },
      adjustingFrom: january,
    });

    expect(adjusting).toMatchObject({
      callback_id: CALLBACKS.adjustSeries,
      private_metadata: 'hf-jan',
      title: { text: 'Adjust the series' },
      submit: { text: 'Apply' },
    });
    expect([...inputs(adjusting.blocks).keys()]).not.toContain(FIELDS.channel);
    expect([...inputs(adjusting.blocks).keys()]).not.toContain(FIELDS.coOrganizers);
    const repeat = elementOf(adjusting.blocks, FIELDS.recurrence) as { options: { value: string }[] };
    expect(repeat.options.map((option) => option.value)).not.toContain('none');
    expect(elementOf(adjusting.blocks, FIELDS.slots)).toMatchObject({ initial_value: '12' });
    expect(elementOf(adjusting.blocks, FIELDS.demo)).toMatchObject({ initial_value: '10m' });
    expect(elementOf(adjusting.blocks, FIELDS.reminders)).not.toHaveProperty('initial_options');
    expect(checkBlockKit('modal', adjusting.blocks, adjusting)).toEqual([]);
  });
});
