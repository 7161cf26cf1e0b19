import { NotYetError } from '../ports.ts';

/**
 * Spaces this process's posts to one channel at least `intervalMs` apart (Slack allows about one message a second
 * per channel). A post whose turn is more than `maxWaitMs` away is not kept waiting: it throws NotYetError with its
 * wait, so the due job goes back to the database and its slot serves other channels meanwhile.
 */
export function channelPacer(intervalMs: number, maxWaitMs: number, now: () => number = Date.now) {
  const nextFree = new Map<string, number>();
  return async <T>(channel: string, post: () => Promise<T>): Promise<T> => {
    const at = Math.max(now(), nextFree.get(channel) ?? 0);
    if (at - now() > maxWaitMs) throw new NotYetError(at - now());
    nextFree.set(channel, at + intervalMs);
    const wait = at - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return post();
  };
}
