import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { splitSubcommand } from '../../../domain/commandLine.ts';
import { SUBCOMMANDS, type Subcommand } from '../../ids.ts';
import { aboutMessage } from '../../views/about.ts';
import type { EphemeralMessage } from '../../views/message.ts';
import { comingSoonMessage, unknownSubcommandMessage, usageMessage } from '../../views/usage.ts';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** What a subcommand answers; the ones later capabilities build say they are coming until then. */
const answers: Partial<Record<Subcommand, () => EphemeralMessage>> = {
  help: usageMessage,
  about: aboutMessage,
};

const isSubcommand = (name: string): name is Subcommand => (SUBCOMMANDS as readonly string[]).includes(name);

/** `/hackfest <subcommand> …`: every answer is ephemeral and goes back in the ack, well within Slack's 3 s. */
export async function hackfestCommand({ command, ack }: CommandArgs): Promise<void> {
  const { subcommand } = splitSubcommand(command.text);
  if (subcommand === '') return ack(usageMessage());
  if (!isSubcommand(subcommand)) return ack(unknownSubcommandMessage(subcommand));
  const answer = answers[subcommand];
  return ack(answer ? answer() : comingSoonMessage(subcommand));
}
