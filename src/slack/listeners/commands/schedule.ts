import { REMINDER_KINDS } from '../../../domain/hackfest.ts';
import { parseScheduleText } from '../../../domain/scheduleText.ts';
import { nextWeekdayAt, toInstant } from '../../../domain/zonedTime.ts';
import { inputErrorMessage, problemsMessage, scheduledMessage } from '../../views/replies.ts';
import { scheduleModal } from '../../views/scheduleModal.ts';
import type { SubcommandHandler } from './types.ts';

const FRIDAY = 5;

/** `/hackfest schedule` opens the form; with text, it schedules directly, reading times in the person's zone. */
export const scheduleCommand: SubcommandHandler = async ({ ack, command, client, respond }, rest, useCases) => {
  await ack();
  const { timeZone } = await useCases.profile(command.user_id);
  const now = useCases.now();
  if (rest.trim() === '') {
    const initialStart = toInstant(nextWeekdayAt(now, timeZone, FRIDAY, '14:00'), timeZone);
    await client.views.open({
      trigger_id: command.trigger_id,
      view: scheduleModal({ channelId: command.channel_id, initialStart }),
    });
    return;
  }
  const parsed = parseScheduleText(rest, { zone: timeZone, now });
  if (!parsed.ok) return respond(inputErrorMessage('schedule', parsed.error));
  const { title, startsAt, durationMs, slots, demoMs, rule } = parsed.value;
  const scheduled = await useCases.scheduleHackfest({
    organizerId: command.user_id,
    channelId: command.channel_id,
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
  });
  await respond(
    scheduled.ok
      ? scheduledMessage(scheduled.hackfest, scheduled.series)
      : problemsMessage('Nothing was scheduled', scheduled.errors),
  );
};
