/**
 * How the Web API client retries a failed call: a few quick retries (a person is waiting, and due work has its own,
 * longer retries), but never after a timeout. A call that timed out may have reached Slack (a post made, its answer
 * lost), and sending it again could post twice; it fails instead, and due work runs again later, after checking
 * whether its post was made (postOnce).
 */
export const WEB_API_RETRIES = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4_000,
  onFailedAttempt(error: Error): void {
    if (timedOut(error)) throw error;
  },
};

/** The client wraps a request that failed in `original`; a fetch aborted by its timeout signal is a TimeoutError. */
const timedOut = (error: Error): boolean =>
  (error as { original?: { name?: string } }).original?.name === 'TimeoutError';

/**
 * For the posts due work tags and looks for first (postOnce): only a rate-limited call, which Slack refused without
 * doing anything, is tried again. A server error or a lost connection may come after the post was made, and a retry
 * would make it twice; the job runs again later instead, and looks first.
 */
export const TAGGED_POST_RETRIES = {
  ...WEB_API_RETRIES,
  onFailedAttempt(error: Error): void {
    if (!rateLimited(error)) throw error;
  },
};

/** The client waits out a 429's Retry-After, then fails the attempt with this message so that it is retried. */
const rateLimited = (error: Error): boolean =>
  (error as { original?: { message?: string } }).original?.message?.startsWith('A rate limit was exceeded') === true;
