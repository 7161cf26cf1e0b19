import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { cancelledMessage, seriesEndedMessage } from '../../views/replies.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The confirmed "Cancel this hackfest" (`occurrence:<id>`) or "End the whole series" (`series:<id>`). */
export function confirmCancel(useCases: UseCases) {
  return async ({ ack, action, body, respond }: ButtonArgs) => {
    await ack();
    const [what, id = ''] = (action.value ?? '').split(':');
    const actorId = body.user.id;
    const reply =
      what === 'series'
        ? await useCases
            .endSeries({ actorId, seriesId: id })
            .then((ended) => (ended.ok ? seriesEndedMessage(ended.series, ended.told) : refusalMessage(ended)))
        : await useCases
            .cancelHackfest({ actorId, hackfestId: id })
            .then((done) => (done.ok ? cancelledMessage(done.hackfest, done.told) : refusalMessage(done)));
    await respond({ ...reply, replace_original: true });
  };
}
