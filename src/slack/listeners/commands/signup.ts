import { demoModal } from '../../views/demoModal.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { noMatchMessage, nothingOpenMessage, unexpectedWordsMessage } from '../../views/replies.ts';
import { namedTitle } from './namedTitle.ts';
import type { SubcommandHandler } from './types.ts';

/**
 * `/hackfest signup ["Title"]`: the sign-up form for the next hackfest here that takes sign-ups (or the one named),
 * or a choice of them; or why not, for someone who presents there already.
 */
export const signupCommand: SubcommandHandler = async ({ ack, command, client, respond }, rest, useCases) => {
  const { title, extra } = namedTitle(rest);
  if (extra) return ack(unexpectedWordsMessage('signup', extra, [`signup "${title}"`]));
  await ack();
  const { upcoming, open } = await useCases.openForSignups({ channelId: command.channel_id, title });
  if (upcoming.length === 0) return respond(noMatchMessage('signup', title));
  const [only] = open;
  const [named] = upcoming;
  // A hackfest named on its own is the one to say is closed: another one here may well be open.
  if (!only)
    return respond(
      title && named && upcoming.length === 1
        ? refusalMessage({ refused: 'signups-closed', hackfest: named })
        : nothingOpenMessage(),
    );
  const { trigger_id } = command;
  if (open.length > 1) {
    const zone = (await useCases.profile(command.user_id)).timeZone;
    return void (await client.views.open({ trigger_id, view: demoModal({ choices: open, zone }) }));
  }
  const refused = await useCases.signupRefusalFor({ userId: command.user_id, hackfest: only });
  if (refused) return respond(refusalMessage(refused));
  await client.views.open({ trigger_id, view: demoModal({ hackfest: only }) });
};
