import { hackfestListMessage } from '../../views/hackfestList.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest list` (this channel) and `/hackfest list all` (every channel the person is in), with open proposals. */
export const listCommand: SubcommandHandler = async ({ ack, command, respond }, rest, useCases) => {
  await ack();
  const everywhere = rest.trim().toLowerCase() === 'all';
  const listed = await useCases.listHackfests({ userId: command.user_id, channelId: command.channel_id, everywhere });
  await respond(hackfestListMessage(listed.hackfests, everywhere ? 'all' : 'channel', listed.proposals));
};
