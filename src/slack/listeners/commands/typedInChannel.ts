import type { SlashCommand } from '@slack/bolt';

/** The channel a command was typed in, or undefined for a DM: hackfests and proposals live in channels. */
export const typedInChannel = (command: SlashCommand): string | undefined =>
  command.channel_name === 'directmessage' || command.channel_id.startsWith('D') ? undefined : command.channel_id;
