import { existsSync } from 'node:fs';
import { ConfigError, loadConfig } from './config.ts';
import { startHackfest } from './hackfest.ts';
import { createLogger } from './logger.ts';

// A .env file in the working directory fills in what the environment does not set.
if (existsSync('.env')) process.loadEnvFile('.env');

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel, secrets: config.secrets });

try {
  const running = await startHackfest(config, logger);
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing claimed work');
    await running.stop();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
} catch (error) {
  logger.fatal({ err: error }, 'hackfest could not start');
  process.exit(1);
}
