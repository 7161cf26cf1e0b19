/** The socket errors of a database server that is down or unreachable (Node sets `code` on them). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
/** SQLSTATEs of PostgreSQL shutting down or starting up: admin_shutdown, crash_shutdown, cannot_connect_now. */
const GOING_OR_COMING = new Set(['57P01', '57P02', '57P03']);
/** What pg says of a connection lost under it, or of a client that lost its connection earlier. */
const LOST = /^Connection terminated|not queryable/;

/**
 * Whether an error means the database could not be reached, rather than that a query was wrong: the person may
 * try again once it is back. Only the error itself is read, not its `cause`: a failed call to Slack carries
 * socket errors there too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  // Class 08 is PostgreSQL's connection exceptions.
  return UNREACHABLE.has(code) || GOING_OR_COMING.has(code) || code.startsWith('08') || LOST.test(error.message);
}
