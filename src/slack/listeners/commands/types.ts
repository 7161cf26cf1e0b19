import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** A subcommand's listener: it acks (within Slack's 3 s), then does the work and answers ephemerally. */
export type SubcommandHandler = (args: CommandArgs, rest: string, useCases: UseCases) => Promise<unknown>;
