import { reminderPlanMessage } from '../../views/reminderPlan.ts';
import { noMatchMessage, unexpectedWordsMessage } from '../../views/replies.ts';
import { namedTitle } from './namedTitle.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest reminders ["Title"]`: the reminder plan of the next hackfest in this channel, or of the one named. */
export const remindersCommand: SubcommandHandler = async ({ ack, command, respond }, rest, useCases) => {
  const { title, extra } = namedTitle(rest);
  if (extra) return ack(unexpectedWordsMessage('reminders', extra, [`reminders "${title}"`]));
  await ack();
  const planned = await useCases.remindersOf({ channelId: command.channel_id, title });
  await respond(!planned && title ? noMatchMessage('reminders', title) : reminderPlanMessage(planned));
};
