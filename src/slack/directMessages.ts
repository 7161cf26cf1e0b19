import type { WebClient } from '@slack/web-api';

/** The id of the app's DM with a person, for uploads (which need a channel id, not a user id). */
export async function directMessageChannel(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  if (!opened.channel?.id) throw new Error(`could not open a DM with ${userId}`);
  return opened.channel.id;
}
