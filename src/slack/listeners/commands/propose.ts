import { proposalModal } from '../../views/proposalModal.ts';
import { namedTitle } from './namedTitle.ts';
import { typedInChannel } from './typedInChannel.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest propose [title]` opens the proposal form, with the title if one was typed, in quotes or not. */
export const proposeCommand: SubcommandHandler = async ({ ack, command, client }, rest) => {
  await ack();
  const named = namedTitle(rest);
  // Words after a quoted title are part of what was typed, not something to drop.
  const title = named.extra === '' ? named.title : rest.trim();
  await client.views.open({
    trigger_id: command.trigger_id,
    view: proposalModal({ kind: 'propose', channelId: typedInChannel(command), ...(title ? { title } : {}) }),
  });
};
