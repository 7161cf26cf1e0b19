import { demoModal } from '../../views/demoModal.ts';
import { nothingOpenMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest signup`: the sign-up form for the next hackfest here that takes sign-ups, or a choice of them. */
export const signupCommand: SubcommandHandler = async ({ ack, command, client, respond }, _rest, useCases) => {
  await ack();
  const open = await useCases.openForSignups(command.channel_id);
  const [only] = open;
  if (!only) return respond(nothingOpenMessage());
  const view = open.length === 1 ? demoModal({ hackfest: only }) : demoModal({ choices: open });
  await client.views.open({ trigger_id: command.trigger_id, view });
};
