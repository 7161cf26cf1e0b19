import { parseQuotedTitle } from '../../../domain/scheduleText.ts';

/**
 * The title a subcommand's words name: `"Winter Hackfest"` or the bare words; '' names the next hackfest.
 * `extra` holds whatever follows a quoted title, which no subcommand that takes only a title accepts.
 */
export function namedTitle(rest: string): { title: string; extra: string } {
  const quoted = parseQuotedTitle(rest);
  return quoted.ok ? { title: quoted.value.title, extra: quoted.value.rest.trim() } : { title: rest.trim(), extra: '' };
}
