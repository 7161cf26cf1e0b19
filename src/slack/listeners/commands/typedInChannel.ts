import type { SlashCommand } from '@slack/bolt';
import type { Subcommand } from '../../ids.ts';
import { channelOnlyMessage } from '../../views/replies.ts';
import type { SubcommandHandler } from './types.ts';

/** The channel a command was typed in, or undefined for a DM: hackfests and proposals live in channels. */
export const typedInChannel = (command: SlashCommand): string | undefined =>
  command.channel_name === 'directmessage' || command.channel_id.startsWith('D') ? undefined : command.channel_id;

/**
 * A subcommand about the hackfest in the channel it is typed in: typed in a DM, where there is none, it answers
 * where to type it instead of "no hackfest here".
 */
export function inChannel(subcommand: Subcommand, handler: SubcommandHandler): SubcommandHandler {
  return (args, rest, useCases) =>
    typedInChannel(args.command) ? handler(args, rest, useCases) : args.ack(channelOnlyMessage(subcommand, rest));
}
