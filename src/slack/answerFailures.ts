import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../logger.ts';
import { tellByDirectMessage } from './tellPerson.ts';
import type { EphemeralMessage } from './views/message.ts';
import { somethingWentWrongMessage } from './views/somethingWentWrong.ts';

export type AnswerFailuresOptions = {
  logger: Logger;
  /** Tells a database out of reach from other failures, so the person knows waiting a minute will help. */
  isDatabaseUnavailable: (error: unknown) => boolean;
};

type Args = AnyMiddlewareArgs & AllMiddlewareArgs;

/**
 * A listener that throws (the database out of reach, Slack failing) would leave the person with nothing but a
 * silent button or command, and Bolt would only log it: this logs it and answers them privately instead.
 */
export function answerFailures({
  logger,
  isDatabaseUnavailable,
}: AnswerFailuresOptions): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (error) {
      const failure = isDatabaseUnavailable(error) ? 'database unavailable' : 'unexpected';
      const userId = personOf(args.body);
      logger.error({ err: error, failure, userId }, 'a request failed; answering the person');
      await answer(args, userId, somethingWentWrongMessage(failure)).catch((answerError: unknown) =>
        logger.error({ err: answerError, userId }, 'could not tell the person their request failed'),
      );
    }
  };
}

async function answer(args: Args, userId: string | undefined, message: EphemeralMessage): Promise<void> {
  // A listener that failed before its ack: Slack is still waiting. After an ack, a second one is refused: no harm.
  if ('ack' in args && args.ack) await args.ack().catch(() => {});
  // Beside the message or command (a message's buttons stay as they are for everyone else) …
  if ('respond' in args && args.respond) await args.respond({ ...message, replace_original: false });
  // … or, for a form or a click in the App Home, which have no response_url, by DM. An event asked for nothing.
  else if (userId && !('event' in args)) await tellByDirectMessage(args.client, userId, message);
}

function personOf(body: Args['body']): string | undefined {
  if ('user_id' in body && typeof body.user_id === 'string') return body.user_id;
  if ('user' in body && typeof body.user === 'object' && body.user !== null && 'id' in body.user)
    return typeof body.user.id === 'string' ? body.user.id : undefined;
  return undefined;
}
