import cron from 'node-cron';
import type { Logger } from '../logger.ts';

export type CronTick = { name: string; expression: string; run: () => Promise<void> | void };

/** Starts recurring ticks; returns a function that stops them all. */
export function startCronTicks(ticks: readonly CronTick[], logger: Logger): () => Promise<void> {
  const tasks = ticks.map(({ name, expression, run }) =>
    cron.schedule(
      expression,
      async () => {
        try {
          await run();
        } catch (error) {
          logger.error({ err: error, tick: name }, 'cron tick failed');
        }
      },
      { name, noOverlap: true },
    ),
  );
  return async () => {
    await Promise.all(tasks.map((task) => task.destroy()));
  };
}
