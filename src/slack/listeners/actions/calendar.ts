import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { dmSentMessage } from '../../views/replies.ts';
import { privately } from './privately.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Download .ics" on an announcement: the file arrives in the person's DM with the app. */
export function downloadIcs(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const sent = await useCases.sendCalendarFile({ userId: body.user.id, hackfestId: action.value ?? '' });
    await privately(args)(sent ? dmSentMessage() : refusalMessage({ refused: 'not-found' }));
  };
}

/** "Add to calendar" is a link; Slack still reports the click, which needs only an ack. */
export async function addToCalendar({ ack }: ButtonArgs) {
  await ack();
}
