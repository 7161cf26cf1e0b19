import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';

/** How far back to look for a post already made: a crashed job is retried within its lease, minutes later. */
const HISTORY_LOOKBACK = 100;

export type PostOnce = (
  channel: string,
  message: { text: string; blocks: KnownBlock[] },
  tag: { eventType: string; postId: string },
) => Promise<{ posted: boolean; ts: string | undefined }>;

/**
 * Posts a message tagged with message metadata `{ event_type, event_payload: { post_id } }`, unless the channel
 * already holds one with that tag: a job that crashed after Slack answered but before it was marked done does not
 * post twice when it runs again. Says whether it posted, and the ts of the post (made now or found).
 * `poster` makes the post, retrying only what Slack surely did not do (TAGGED_POST_RETRIES).
 */
export const postOnceWith =
  (client: WebClient, poster: WebClient): PostOnce =>
  async (channel, message, tag) => {
    const history = await client.conversations.history({
      channel,
      limit: HISTORY_LOOKBACK,
      include_all_metadata: true,
    });
    const found = (history.messages ?? []).find(
      (each) =>
        each.metadata?.event_type === tag.eventType &&
        (each.metadata.event_payload as { post_id?: string } | undefined)?.post_id === tag.postId,
    );
    if (found) return { posted: false, ts: found.ts };
    const posted = await poster.chat.postMessage({
      channel,
      ...message,
      metadata: { event_type: tag.eventType, event_payload: { post_id: tag.postId } },
    });
    return { posted: true, ts: posted.ts };
  };
