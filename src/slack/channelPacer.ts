/**
 * Spaces this process's posts to one channel at least `intervalMs` apart (Slack allows about one message a second
 * per channel), so a burst of due reminders drains steadily instead of running into rate limits.
 */
export function channelPacer(intervalMs: number, now: () => number = Date.now) {
  const nextFree = new Map<string, number>();
  return async <T>(channel: string, post: () => Promise<T>): Promise<T> => {
    const at = Math.max(now(), nextFree.get(channel) ?? 0);
    nextFree.set(channel, at + intervalMs);
    const wait = at - now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return post();
  };
}
