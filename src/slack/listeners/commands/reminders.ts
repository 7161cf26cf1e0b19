import { reminderPlanMessage } from '../../views/reminderPlan.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest reminders`: the reminder plan of the next hackfest in this channel. */
export const remindersCommand: SubcommandHandler = async ({ ack, command, respond }, _rest, useCases) => {
  await ack();
  await respond(reminderPlanMessage(await useCases.remindersOf({ channelId: command.channel_id })));
};
