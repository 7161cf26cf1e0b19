import { hackfestListMessage } from '../../views/hackfestList.ts';
import { unexpectedWordsMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest list` (this channel) and `/hackfest list all` (every channel the person is in), with open proposals. */
export const listCommand: SubcommandHandler = async ({ ack, command, respond }, rest, useCases) => {
  const words = rest.trim().toLowerCase();
  if (words !== '' && words !== 'all') return ack(unexpectedWordsMessage('list', words, ['list', 'list all']));
  await ack();
  const everywhere = words === 'all';
  const listed = await useCases.listHackfests({ userId: command.user_id, channelId: command.channel_id, everywhere });
  await respond(
    hackfestListMessage(listed.hackfests, everywhere ? 'all' : 'channel', {
      proposals: listed.proposals,
      now: useCases.now(),
    }),
  );
};
