import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';

/** How far back to look for a post already made: a crashed job is retried within its lease, minutes later. */
const HISTORY_LOOKBACK = 100;

/**
 * Posts a message tagged with message metadata `{ event_type, event_payload: { post_id } }`, unless the channel
 * already holds one with that tag: a job that crashed after Slack answered but before it was marked done does not
 * post twice when it runs again. Returns whether it posted.
 */
export async function postOnce(
  client: WebClient,
  channel: string,
  message: { text: string; blocks: KnownBlock[] },
  tag: { eventType: string; postId: string },
): Promise<boolean> {
  const history = await client.conversations.history({ channel, limit: HISTORY_LOOKBACK, include_all_metadata: true });
  const posted = (history.messages ?? []).some(
    (each) =>
      each.metadata?.event_type === tag.eventType &&
      (each.metadata.event_payload as { post_id?: string } | undefined)?.post_id === tag.postId,
  );
  if (posted) return false;
  await client.chat.postMessage({
    channel,
    ...message,
    metadata: { event_type: tag.eventType, event_payload: { post_id: tag.postId } },
  });
  return true;
}
