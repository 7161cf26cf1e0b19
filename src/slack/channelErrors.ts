import type { WebClient } from '@slack/web-api';
import { ChannelUnavailableError } from '../ports.ts';

/** Slack errors that mean the app cannot post in a channel until a person does something about it. */
const CHANNEL_UNAVAILABLE = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/** A Slack error that means the app cannot post in the channel, as the port's error; other errors as they are. */
export function asChannelUnavailable(error: unknown, channelId: string): unknown {
  const code = slackErrorCode(error);
  return code && CHANNEL_UNAVAILABLE.has(code) ? new ChannelUnavailableError(channelId, code) : error;
}

function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error as { data?: { error?: unknown } };
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Why the app cannot post in a channel picked in a form, asked before the form closes so that what was typed is not
 * lost; undefined when it can, or when Slack cannot say (posting then tells).
 */
export async function cannotPostIn(client: WebClient, channelId: string): Promise<string | undefined> {
  try {
    const { channel } = await client.conversations.info({ channel: channelId });
    return channel?.is_member === false || channel?.is_archived ? ChannelUnavailableError.advice : undefined;
  } catch (error) {
    return asChannelUnavailable(error, channelId) instanceof ChannelUnavailableError
      ? ChannelUnavailableError.advice
      : undefined;
  }
}
