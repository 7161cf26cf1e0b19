import { REMINDER_KINDS } from '../../../domain/hackfest.ts';
import { asScheduleText, corrected } from '../../../domain/scheduleExample.ts';
import { parseScheduleText, textExamples } from '../../../domain/scheduleText.ts';
import { type ScheduleRequest, suggestedStart } from '../../../domain/scheduling.ts';
import { inputErrorMessage, notInChannelMessage, notScheduledMessage, scheduledMessage } from '../../views/replies.ts';
import { scheduleModal } from '../../views/scheduleModal.ts';
import { typedInChannel } from './typedInChannel.ts';
import type { SubcommandHandler } from './types.ts';

/** `/hackfest schedule` opens the form; with text, it schedules directly, reading times in the person's zone. */
export const scheduleCommand: SubcommandHandler = async ({ ack, command, client, respond }, rest, useCases) => {
  await ack();
  const { timeZone } = await useCases.profile(command.user_id);
  const now = useCases.now();
  const channelId = typedInChannel(command);
  if (rest.trim() === '') {
    await client.views.open({
      trigger_id: command.trigger_id,
      view: scheduleModal({ channelId, initialStart: suggestedStart(now, timeZone) }),
    });
    return;
  }
  const parsed = parseScheduleText(rest, { zone: timeZone, now });
  if (!parsed.ok) return respond(inputErrorMessage('schedule', parsed.error));
  if (!channelId) return respond(notInChannelMessage('schedule', rest));
  const { title, startsAt, durationMs, slots, demoMs, rule } = parsed.value;
  const request: ScheduleRequest = {
    organizerId: command.user_id,
    channelId,
    title,
    description: '',
    startsAt,
    timeZone,
    durationMs,
    slots,
    demoMs,
    signupDeadline: null,
    coOrganizerIds: [],
    rule,
    reminders: [...REMINDER_KINDS],
  };
  const scheduled = await useCases.scheduleHackfest(request);
  if (scheduled.ok) return respond(scheduledMessage(scheduled.hackfest, scheduled.series));
  const fixed = corrected(request, scheduled.errors, now);
  const example = fixed ? asScheduleText(fixed) : textExamples(now, timeZone).schedule;
  await respond(notScheduledMessage(scheduled.errors, example));
};
