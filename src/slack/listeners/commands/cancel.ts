import { cancelPromptMessage } from '../../views/cancelPrompt.ts';
import { pickHackfestMessage } from '../../views/pickHackfest.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { noMatchMessage, unexpectedWordsMessage } from '../../views/replies.ts';
import { namedTitle } from './namedTitle.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest cancel ["Title"]`: finds the hackfest, then asks for confirmation; nothing changes until confirmed. */
export const cancelCommand: SubcommandHandler = async ({ ack, command, respond }, rest, useCases) => {
  const { title, extra } = namedTitle(rest);
  if (extra) return ack(unexpectedWordsMessage('cancel', extra, [`cancel "${title}"`]));
  await ack();
  const found = await useCases.findToOrganize({ channelId: command.channel_id, title, actorId: command.user_id });
  if (!found.ok) return respond(refusalMessage(found));
  const { matches } = found;
  const [only] = matches;
  if (!only) return respond(noMatchMessage('cancel', title));
  if (matches.length > 1) {
    const { timeZone } = await useCases.profile(command.user_id);
    return respond(pickHackfestMessage(matches, 'cancel', { zone: timeZone }));
  }
  const allowed = await useCases.loadToMoveOrCancel(only.id, command.user_id);
  if (!allowed.ok) return respond(refusalMessage(allowed));
  const series = only.seriesId ? await useCases.getSeries(only.seriesId) : undefined;
  await respond(cancelPromptMessage(only, series ?? null, await useCases.whoWouldBeTold(only, command.user_id)));
};
