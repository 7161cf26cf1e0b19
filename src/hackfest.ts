import { randomUUID } from 'node:crypto';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import type { Clock } from './ports.ts';
import { startCronTicks } from './scheduler/cron.ts';
import { cronTicks, jobHandlers, requestSeriesTick } from './scheduler/jobs.ts';
import { createScheduler, realTimers, type Scheduler, type Timers } from './scheduler/scheduler.ts';
import { slackAnnouncer } from './slack/announcer.ts';
import { createSlackApp, postingClient } from './slack/app.ts';
import { slackFeedbackBoard } from './slack/feedbackBoard.ts';
import { slackHomes } from './slack/homes.ts';
import { registerListeners } from './slack/listeners/index.ts';
import { slackPeople } from './slack/people.ts';
import { postOnceWith } from './slack/postOnce.ts';
import { slackProposalBoard } from './slack/proposalBoard.ts';
import { slackStage } from './slack/stage.ts';
import { connect, migrate } from './store/connect.ts';
import { createStore } from './store/store.ts';
import { isDatabaseUnavailable } from './store/unavailable.ts';
import { announcementState } from './usecases/announcementState.ts';
import { loadHome } from './usecases/home.ts';
import { createUseCases, type Deps } from './usecases/index.ts';
import { keyedQueue } from './usecases/keyedQueue.ts';
import { proposalState } from './usecases/proposalState.ts';
import { showState } from './usecases/showState.ts';

export type Running = {
  /** Resolves once due work that is due now has run. */
  idle(): Promise<void>;
  stop(): Promise<void>;
};

const systemClock: Clock = { now: () => Date.now() };

/** Wires config → database → use cases → Slack app and scheduler, and starts them; `stop` takes them down in reverse. */
export async function startHackfest(
  config: Config,
  logger: Logger,
  time: { clock: Clock; timers: Timers } = { clock: systemClock, timers: realTimers },
): Promise<Running> {
  const connection = connect(config.database, logger);
  await migrate(connection);
  let scheduler: Scheduler | undefined;
  const store = createStore(connection, time.clock, (dueAt) => scheduler?.wake(dueAt));

  const app = createSlackApp({ config, logger, isHealthy: () => store.ping(), isDatabaseUnavailable });
  const postOnce = postOnceWith(app.client, postingClient(config, logger));
  const homes = slackHomes(app.client, {
    load: (userId) => loadHome(deps, { userId }),
    whoOpened: (userIds) => store.homeViewers.whoOpened(userIds),
    logger,
  });
  const deps: Deps = {
    store,
    people: slackPeople(app.client, time.clock),
    announcer: slackAnnouncer(app.client, {
      load: (id) => announcementState(store, id),
      clock: time.clock,
      logger,
      postOnce,
    }),
    clock: time.clock,
    logger,
    newId: randomUUID,
    stage: slackStage(app.client, { load: (id) => showState(store, id), clock: time.clock, logger, postOnce }),
    proposalBoard: slackProposalBoard(app.client, { load: (id) => proposalState(store, id), logger }),
    feedbackBoard: slackFeedbackBoard(app.client, { clock: time.clock, logger, postOnce }),
    homes,
    random: Math.random,
    oneAtATime: keyedQueue(),
  };
  const useCases = createUseCases(deps);
  registerListeners(app, useCases);
  scheduler = createScheduler({ claims: store.dueJobClaims, ...time, handlers: jobHandlers(useCases, logger), logger });

  await app.init();
  await app.start();
  scheduler.start();
  await requestSeriesTick(store.dueJobs, time.clock);
  const stopCron = startCronTicks(
    cronTicks({ dueJobs: store.dueJobs, clock: time.clock, wake: () => scheduler.wake() }),
    logger,
  );

  const { connection: slack } = config.slack;
  logger.info(
    { mode: slack.mode, port: slack.mode === 'http' ? slack.port : undefined, database: config.database.engine },
    'hackfest is ready',
  );

  return {
    idle: () => scheduler.idle(),
    async stop() {
      await stopCron();
      await app.stop();
      await scheduler.stop();
      await store.close();
    },
  };
}
