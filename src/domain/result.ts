/** The outcome of reading what a person typed: the value, or what was wrong and an example that works. */

/** `part` names the piece of input that was wrong, `message` says what was wrong, `example` is a correct input. */
export type InputError = { part: string; message: string; example: string };

export type Result<T, E = InputError> = { ok: true; value: T } | { ok: false; error: E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail(part: string, message: string, example: string): { ok: false; error: InputError } {
  return { ok: false, error: { part, message, example } };
}
