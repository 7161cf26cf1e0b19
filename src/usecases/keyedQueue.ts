/**
 * Runs work for one key one at a time within this process. Line-up changes to a hackfest serialize on a database
 * lock anyway; queueing them here first keeps a burst from holding every pooled connection while it waits, so
 * everything else (the checks that answer people within 3 s) still gets a connection.
 */
export function keyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

export type KeyedQueue = ReturnType<typeof keyedQueue>;
