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
