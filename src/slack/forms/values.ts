import { VALUE } from '../views/inputs.ts';

/** The part of a modal's `view.state.values` the forms read: block id → action id → what the person entered. */
export type StateValue = {
  type: string;
  value?: string | null;
  selected_date_time?: number | null;
  selected_option?: { value: string } | null;
  selected_conversation?: string | null;
  selected_users?: string[];
  selected_options?: Array<{ value: string }>;
};

export type StateValues = Record<string, Record<string, StateValue>>;

/** The first and last second of the years 1000 to 9000: near year 10000, zoned dates and rules break. */
const FIRST_PICKABLE_SEC = Date.parse('1000-01-01T00:00:00Z') / 1000;
const LAST_PICKABLE_SEC = Date.parse('9000-12-31T23:59:59Z') / 1000;

/** A Slack user id: it is put into mentions as it is, so nothing else may pass for one. */
const USER_ID = /^[UW][A-Z0-9]{1,20}$/;

/** Typed readers of one block's input; a missing block reads as empty. */
export function reader(values: StateValues) {
  const at = (blockId: string): StateValue | undefined => values[blockId]?.[VALUE];
  return {
    text: (blockId: string) => (at(blockId)?.value ?? '').trim(),
    /** A picked time, or null when none was picked or it lies outside the years 1000–9000 (no picker offers them). */
    instant: (blockId: string) => {
      const seconds = at(blockId)?.selected_date_time;
      return typeof seconds === 'number' && seconds >= FIRST_PICKABLE_SEC && seconds <= LAST_PICKABLE_SEC
        ? seconds * 1000
        : null;
    },
    option: (blockId: string) => at(blockId)?.selected_option?.value ?? null,
    conversation: (blockId: string) => at(blockId)?.selected_conversation ?? null,
    /** The picked people; anything that is not a Slack user id (a forged or garbled payload) is left out. */
    users: (blockId: string) => (at(blockId)?.selected_users ?? []).filter((id) => USER_ID.test(id)),
    /** The ticked values, or null when the form has no such block. */
    ticked: (blockId: string) =>
      at(blockId)?.selected_options?.map((option) => option.value) ?? (at(blockId) ? [] : null),
  };
}
