import type { KnownBlock } from '@slack/types';

/** A reply only the person who asked can see: the body of a slash command's ack or of `respond`. */
export type EphemeralMessage = { response_type: 'ephemeral'; text: string; blocks: KnownBlock[] };
