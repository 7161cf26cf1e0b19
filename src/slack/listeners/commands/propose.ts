import { proposalModal } from '../../views/proposalModal.ts';
import { typedInChannel } from './typedInChannel.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest propose [title]` opens the proposal form, with the title if one was typed. */
export const proposeCommand: SubcommandHandler = async ({ ack, command, client }, rest) => {
  await ack();
  const title = rest.trim().replace(/^"(.*)"$/, '$1');
  await client.views.open({
    trigger_id: command.trigger_id,
    view: proposalModal({ kind: 'propose', channelId: typedInChannel(command), ...(title ? { title } : {}) }),
  });
};
