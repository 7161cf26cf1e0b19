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

/** Typed readers of one block's input; a missing block reads as empty. */
export function reader(values: StateValues) {
  const at = (blockId: string): StateValue | undefined => values[blockId]?.[VALUE];
  return {
    text: (blockId: string) => (at(blockId)?.value ?? '').trim(),
    instant: (blockId: string) => {
      const seconds = at(blockId)?.selected_date_time;
      return typeof seconds === 'number' ? seconds * 1000 : null;
    },
    option: (blockId: string) => at(blockId)?.selected_option?.value ?? null,
    conversation: (blockId: string) => at(blockId)?.selected_conversation ?? null,
    users: (blockId: string) => at(blockId)?.selected_users ?? [],
    /** The ticked values, or null when the form has no such block. */
    ticked: (blockId: string) =>
      at(blockId)?.selected_options?.map((option) => option.value) ?? (at(blockId) ? [] : null),
  };
}
