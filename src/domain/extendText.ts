/** Reading how much time `/hackfest extend` gives the demo on stage, e.g. `extend 1m`. */

import { readLength } from './duration.ts';
import { fail, ok, type Result } from './result.ts';
import { EXTENSION_RANGE, MAX_EXTENSION_MS, MIN_EXTENSION_MS } from './timer.ts';
import { quoted } from './userText.ts';

const EXAMPLE = '1m';

/** The milliseconds to add, within the range the timer allows. */
export function parseExtension(text: string): Result<number> {
  const input = text.trim();
  if (input === '') return fail('duration', `Say how much time to add: ${EXTENSION_RANGE}.`, EXAMPLE);
  const ms = readLength(input);
  if (ms === undefined) {
    return fail(
      'duration',
      `${quoted(input)} is not a length: extend by ${EXTENSION_RANGE}, such as 1m or 90s.`,
      EXAMPLE,
    );
  }
  if (ms < MIN_EXTENSION_MS || ms > MAX_EXTENSION_MS) return fail('duration', `Extend by ${EXTENSION_RANGE}.`, EXAMPLE);
  return ok(ms);
}
