import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { tellByDirectMessage } from '../../tellPerson.ts';
import type { EphemeralMessage } from '../../views/message.ts';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Answers the person who clicked, and only them: beside the message in a channel (a message's buttons are the same
 * for everyone, so the message itself stays), or by DM for a click in a view such as the App Home, which has no
 * response_url.
 */
export function privately({ body, respond, client }: ActionArgs) {
  return async (message: EphemeralMessage): Promise<void> => {
    if (body.response_url) await respond({ ...message, replace_original: false });
    else await tellByDirectMessage(client, body.user.id, message);
  };
}
