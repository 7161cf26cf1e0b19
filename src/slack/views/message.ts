import type { KnownBlock } from '@slack/types';

/** A reply only the person who asked can see: the body of a slash command's ack or of `respond`. */
export type EphemeralMessage = { response_type: 'ephemeral'; text: string; blocks: KnownBlock[] };

/** An ephemeral reply of one mrkdwn section. */
export const ephemeral = (text: string): EphemeralMessage => ({
  response_type: 'ephemeral',
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});
