import type { KnownBlock } from '@slack/types';

/** A message's notification text and its blocks. */
export type Message = { text: string; blocks: KnownBlock[] };

/** A reply only the person who asked can see: the body of a slash command's ack or of `respond`. */
export type EphemeralMessage = Message & { response_type: 'ephemeral' };

/** An ephemeral reply of one mrkdwn section. */
export const ephemeral = (text: string): EphemeralMessage => ({
  response_type: 'ephemeral',
  text,
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
});
