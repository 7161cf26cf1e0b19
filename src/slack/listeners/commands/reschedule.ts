import { parseQuotedTitle, parseTitleAndStart } from '../../../domain/scheduleText.ts';
import { pickHackfestMessage } from '../../views/pickHackfest.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { inputErrorMessage, noMatchMessage, notMovedMessage, rescheduledMessage } from '../../views/replies.ts';
import { rescheduleModal } from '../../views/rescheduleModal.ts';
import type { SubcommandHandler } from './types.ts';

/**
 * `/hackfest reschedule "Winter Hackfest" 2026-12-18 14:00` moves it directly; without a time it opens the form.
 * When several hackfests match, the person picks one (never a guess), and the form then offers the typed time.
 */
export const rescheduleCommand: SubcommandHandler = async ({ ack, command, client, respond }, rest, useCases) => {
  await ack();
  const quoted = parseQuotedTitle(rest);
  const typedTime = quoted.ok && quoted.value.rest.trim() !== '';
  const title = quoted.ok ? quoted.value.title : rest.trim();
  const { timeZone } = await useCases.profile(command.user_id);
  let startsAt: number | undefined;
  if (typedTime) {
    const parsed = parseTitleAndStart(rest, { zone: timeZone, now: useCases.now() });
    if (!parsed.ok) return respond(inputErrorMessage('reschedule', parsed.error));
    startsAt = parsed.value.startsAt;
  }

  const found = await useCases.findToOrganize({ channelId: command.channel_id, title, actorId: command.user_id });
  if (!found.ok) return respond(refusalMessage(found));
  const { matches } = found;
  const [only] = matches;
  if (!only) return respond(noMatchMessage('reschedule', title));
  if (matches.length > 1)
    return respond(pickHackfestMessage(matches, 'reschedule', { zone: timeZone, typedStart: startsAt }));
  if (startsAt === undefined) {
    const allowed = await useCases.loadToMoveOrCancel(only.id, command.user_id);
    if (!allowed.ok) return respond(refusalMessage(allowed));
    const told = await useCases.whoWouldBeTold(allowed.hackfest, command.user_id);
    await client.views.open({
      trigger_id: command.trigger_id,
      view: rescheduleModal(allowed.hackfest, told, { openedIn: command.channel_id }),
    });
    return;
  }
  const result = await useCases.rescheduleHackfest({ actorId: command.user_id, hackfestId: only.id, startsAt });
  await respond(result.ok ? rescheduledMessage(result.hackfest, result.told) : notMovedMessage(result));
};
