import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { Clock } from './ports.ts';
import { startCronTicks } from './scheduler/cron.ts';
import { createScheduler, realTimers, type Scheduler, type Timers } from './scheduler/scheduler.ts';
import { createSlackApp } from './slack/app.ts';
import { connect, migrate } from './store/connect.ts';
import { createStore } from './store/store.ts';

export type Running = { stop(): Promise<void> };

const systemClock: Clock = { now: () => Date.now() };

/** Wires config → database → scheduler → Slack app, and starts them; `stop` takes them down in reverse. */
export async function startHackfest(
  config: Config,
  logger: Logger,
  time: { clock: Clock; timers: Timers } = { clock: systemClock, timers: realTimers },
): Promise<Running> {
  const connection = connect(config.database);
  await migrate(connection);
  let scheduler: Scheduler | undefined;
  const store = createStore(connection, time.clock, () => scheduler?.wake());
  scheduler = createScheduler({ claims: store.dueJobClaims, ...time, handlers: {}, logger });

  const app = createSlackApp({ config, logger, isHealthy: () => store.ping() });
  await app.init();
  await app.start();
  scheduler.start();
  // Jobs that another replica scheduled are found by this sweep; this process's own wake the scheduler directly.
  const stopCron = startCronTicks([{ name: 'due-work-sweep', expression: '* * * * *', run: scheduler.wake }], logger);

  const { connection: slack } = config.slack;
  logger.info(
    { mode: slack.mode, port: slack.mode === 'http' ? slack.port : undefined, database: config.database.engine },
    'hackfest is ready',
  );

  return {
    async stop() {
      await stopCron();
      await app.stop();
      await scheduler.stop();
      await store.close();
    },
  };
}
