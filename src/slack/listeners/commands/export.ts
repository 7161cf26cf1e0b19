import { calendarSentMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest export`: an .ics file of the channel's upcoming hackfests. */
export const exportCommand: SubcommandHandler = async ({ ack, command, respond }, _rest, useCases) => {
  await ack();
  await respond(calendarSentMessage(await useCases.exportCalendar({ channelId: command.channel_id })));
};
