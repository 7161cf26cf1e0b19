/** Reading what people type after a slash command. */

export type CommandLine = { subcommand: string; rest: string };

/** Splits `schedule "Winter Hackfest" …` into the lower-cased subcommand and the text after it. */
export function splitSubcommand(text: string): CommandLine {
  const trimmed = text.trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) return { subcommand: '', rest: '' };
  return { subcommand: (match[1] ?? '').toLowerCase(), rest: match[2] ?? '' };
}
