import type { InputBlock } from '@slack/types';

/** Every modal input's action id; inputs are told apart by their block id (FIELDS). */
export const VALUE = 'value';

export const plain = (text: string) => ({ type: 'plain_text' as const, text });

/** An input block of a modal form. */
export function input(blockId: string, label: string, element: InputBlock['element'], extra: Partial<InputBlock> = {}) {
  return { type: 'input' as const, block_id: blockId, label: plain(label), element, ...extra };
}
