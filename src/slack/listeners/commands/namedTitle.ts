import { parseQuotedTitle } from '../../../domain/scheduleText.ts';

/** The title a subcommand's words name: `"Winter Hackfest"` or the bare words; '' names the next hackfest. */
export function namedTitle(rest: string): string {
  const quoted = parseQuotedTitle(rest);
  return quoted.ok ? quoted.value.title : rest.trim();
}
