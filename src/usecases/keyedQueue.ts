import { setImmediate as aTurnLater } from 'node:timers/promises';

/**
 * Runs work for one key one at a time within this process. Line-up changes to a hackfest serialize on a database
 * lock anyway; queueing them here first keeps a burst from holding every pooled connection while it waits, so
 * everything else (the checks that answer people within 3 s) still gets a connection. Queued work starts a turn of
 * the event loop after the work before it: on SQLite a change runs without waiting on I/O, and a queue of them
 * run back to back would keep every request that arrives meanwhile from being acknowledged.
 */
export function keyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key);
    const run = previous ? previous.then(() => aTurnLater()).then(work) : work();
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

export type KeyedQueue = ReturnType<typeof keyedQueue>;
