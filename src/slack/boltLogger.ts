import { format } from 'node:util';
import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from '@slack/bolt';
import type { Logger } from '../logger.ts';

type Level = 'debug' | 'info' | 'warn' | 'error';

/** Bolt's logger interface over pino, so Bolt's own lines are structured, levelled and redacted like ours. */
export function boltLogger(parent: Logger): BoltLogger {
  let logger = parent.child({ component: 'bolt' });
  const write =
    (level: Level) =>
    (...parts: unknown[]) => {
      // Bolt and the Web API client log at debug several times a request: below LOG_LEVEL, that must cost nothing.
      if (!logger.isLevelEnabled(level)) return;
      const err = parts.find((part) => part instanceof Error);
      const message = format(...parts.filter((part) => part !== err));
      if (err) logger[level]({ err }, message);
      else logger[level](message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    // LOG_LEVEL decides, not Bolt: given no logLevel, Bolt sets its logger to info, which hid its and the Web API
    // client's debug lines at LOG_LEVEL=debug and let its info lines through at LOG_LEVEL=warn.
    setLevel: () => {},
    getLevel: () => logger.level as BoltLogLevel,
    setName: (name) => {
      logger = parent.child({ component: name }, { level: logger.level });
    },
  };
}
