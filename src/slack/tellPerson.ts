import type { WebClient } from '@slack/web-api';
import type { Message } from './views/message.ts';

/** Tells a person something in their DM with the app: a message posted to a user id is delivered there. */
export async function tellByDirectMessage(client: WebClient, userId: string, { text, blocks }: Message): Promise<void> {
  await client.chat.postMessage({ channel: userId, text, blocks });
}

/** Answers a form: in the channel it was opened from, where only they see it, or by DM when it has none. */
export async function tellWhereAsked(
  client: WebClient,
  { channelId, userId }: { channelId: string | null; userId: string },
  message: Message,
): Promise<void> {
  if (channelId) await tellInChannel(client, { channelId, userId }, message);
  else await tellByDirectMessage(client, userId, message);
}

/** Tells a person something in a channel, where only they see it. */
export async function tellInChannel(
  client: WebClient,
  { channelId, userId }: { channelId: string; userId: string },
  { text, blocks }: Message,
): Promise<void> {
  await client.chat.postEphemeral({ channel: channelId, user: userId, text, blocks });
}
