/**
 * A form's private_metadata: the id of what it is about and, for a form opened from a channel, that channel, so the
 * answer to its submission shows there. A bare id is a form opened from the App Home, or one opened before the
 * channel was carried; either is answered by DM.
 */
export type FormOrigin = { id: string; channelId: string | null };

export const formOrigin = ({ id, channelId }: FormOrigin): string =>
  channelId ? JSON.stringify({ id, channelId }) : id;

export function readFormOrigin(privateMetadata: string): FormOrigin {
  if (!privateMetadata.startsWith('{')) return { id: privateMetadata, channelId: null };
  const { id, channelId } = JSON.parse(privateMetadata) as { id: string; channelId: string };
  return { id, channelId };
}
