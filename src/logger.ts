import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

const REDACTED = '[redacted]';

/** Slack token shapes, caught even when a token we were not given (a user's, a rotated one) shows up in an error. */
const TOKEN_PATTERN = /\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+/g;
/** Passwords in connection strings, e.g. postgres://user:password@host. */
const URL_PASSWORD_PATTERN = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s"]+:)[^@\s"]+@/gi;

/**
 * Scrubs every known secret from a finished log line, wherever it sits (message, error stack, nested object),
 * which field-path redaction alone cannot promise.
 */
export function redactor(secrets: readonly string[]): (line: string) => string {
  const escaped = secrets.filter((secret) => secret.length >= 6).map((secret) => JSON.stringify(secret).slice(1, -1));
  return (line) => {
    let out = line.replace(TOKEN_PATTERN, REDACTED).replace(URL_PASSWORD_PATTERN, `$1${REDACTED}@`);
    for (const secret of escaped) out = out.replaceAll(secret, REDACTED);
    return out;
  };
}

export function createLogger(options: {
  level: LogLevel;
  secrets: readonly string[];
  destination?: DestinationStream;
}): Logger {
  const redact = redactor(options.secrets);
  return pino(
    {
      level: options.level,
      base: { app: 'hackfest' },
      hooks: { streamWrite: redact },
    },
    options.destination,
  );
}
