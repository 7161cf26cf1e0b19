import { App } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { acksFirst } from './acksFirst.ts';
import { answerFailures } from './answerFailures.ts';
import { boltLogger } from './boltLogger.ts';
import { TAGGED_POST_RETRIES, WEB_API_RETRIES } from './webApiRetries.ts';
import { withoutNul } from './withoutNul.ts';

/** A Web API call that has not answered by then has failed: a hung call must not hold a due job's slot forever. */
const WEB_API_TIMEOUT_MS = 10_000;

export type SlackAppOptions = {
  config: Config;
  logger: Logger;
  /** Answers GET /healthz in HTTP mode. */
  isHealthy: () => Promise<boolean>;
  /** Whether a listener's error means the database is out of reach, to tell the person to try again shortly. */
  isDatabaseUnavailable: (error: unknown) => boolean;
};

/** The Bolt app in Socket Mode or HTTP mode; listeners are registered by the caller, and `init()` must be awaited. */
export function createSlackApp({ config, logger, isHealthy, isDatabaseUnavailable }: SlackAppOptions): App {
  const { botToken, connection } = config.slack;
  const shared = {
    token: botToken,
    logger: boltLogger(logger),
    deferInitialization: true,
    // Bolt's default conversation store keeps state in one process's memory (wrong with replicas) and builds an
    // Error for every request that has none; no listener reads it.
    convoStore: false as const,
    clientOptions: webApiOptions(config, WEB_API_RETRIES),
  };
  const app =
    connection.mode === 'socket'
      ? new App({ ...shared, socketMode: true, appToken: connection.appToken })
      : new App({
          ...shared,
          signingSecret: connection.signingSecret,
          port: connection.port,
          customRoutes: [
            {
              path: '/healthz',
              method: ['GET'],
              handler: async (_request, response) => {
                const healthy = await isHealthy();
                response.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
                response.end(JSON.stringify({ ok: healthy, database: healthy ? 'up' : 'down' }));
              },
            },
          ],
        });
  acksFirst(app);
  app.use(answerFailures({ logger, isDatabaseUnavailable }));
  app.use(withoutNul);
  return app;
}

/** The Web API client for the posts due work tags and looks for first (postOnce): see TAGGED_POST_RETRIES. */
export function postingClient(config: Config, logger: Logger): WebClient {
  return new WebClient(config.slack.botToken, {
    ...webApiOptions(config, TAGGED_POST_RETRIES),
    logger: boltLogger(logger),
  });
}

/** Where the Web API is, how a failed call is retried, and when a call has failed: the same for every client. */
function webApiOptions(config: Config, retryConfig: typeof WEB_API_RETRIES) {
  return { slackApiUrl: config.slack.apiUrl, retryConfig, timeout: WEB_API_TIMEOUT_MS };
}
