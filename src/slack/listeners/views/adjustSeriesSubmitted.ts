import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { inlineErrors, readScheduleForm } from '../../forms/scheduleForm.ts';
import { tellByDirectMessage } from '../../tellPerson.ts';
import type { Message } from '../../views/message.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { notMovedMessage, problemsMessage, seriesRescheduledMessage } from '../../views/replies.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The "Adjust the series" form (feedback's "Apply to the next one" for a series): every invalid field comes back
 * inline with nothing changed; a valid one closes the modal, the series changes from the form's date on, and the
 * person hears the outcome by DM. Times are read in the series' own zone, which its rule follows.
 */
export function adjustSeriesSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const userId = body.user.id;
    const dm = (reply: Message) => tellByDirectMessage(client, userId, reply);
    const from = await useCases.getHackfest(view.private_metadata);
    if (!from) {
      await ack();
      return dm(refusalMessage({ refused: 'not-found' }));
    }
    const form = readScheduleForm(view.state.values, {
      zone: from.timeZone,
      now: useCases.now(),
      channelId: from.channelId,
    });
    const request = { ...form.value, organizerId: userId, hackfestId: from.id };
    const inline = inlineErrors(form.errors, useCases.checkSeriesAdjustment(request));
    if (Object.keys(inline).length > 0) return ack({ response_action: 'errors', errors: inline });
    await ack();
    const adjusted = await useCases.adjustSeries(request);
    if (adjusted.ok) return dm(seriesRescheduledMessage(adjusted.series, adjusted.told));
    return dm(
      'errors' in adjusted ? problemsMessage('Nothing was changed', adjusted.errors) : notMovedMessage(adjusted),
    );
  };
}
