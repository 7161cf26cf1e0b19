import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';
const SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'f');

const failure = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
};

describe('configuration', () => {
  it('when SLACK_APP_TOKEN is set, then the app runs in Socket Mode on the embedded SQLite file', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP });

    expect(config.slack.connection).toEqual({ mode: 'socket', appToken: APP });
    expect(config.database).toEqual({ engine: 'sqlite', file: 'data/hackfest.db' });
    expect(config.logLevel).toBe('info');
  });

  it('when only SLACK_SIGNING_SECRET is set, then the app serves HTTP on PORT, 3000 by default', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }).slack.connection).toEqual({
      mode: 'http',
      signingSecret: SECRET,
      port: 3000,
    });
    expect(
      loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '8080' }).slack.connection,
    ).toMatchObject({
      port: 8080,
    });
  });

  it('when DATABASE_URL and SLACK_API_URL are set, then PostgreSQL and that Web API are used', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      DATABASE_URL: 'postgres://app:s3cret-pw@db:5432/hackfest',
      SLACK_API_URL: 'http://127.0.0.1:9000/api/',
    });

    expect(config.database).toEqual({ engine: 'postgres', url: 'postgres://app:s3cret-pw@db:5432/hackfest' });
    expect(config.slack.apiUrl).toBe('http://127.0.0.1:9000/api/');
    expect(config.secrets).toEqual([BOT, APP, 's3cret-pw']);
  });

  it.each([
    [{}, 'SLACK_BOT_TOKEN is missing, e.g. SLACK_BOT_TOKEN=xoxb-'],
    [
      { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP },
      'SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
    ],
    [{ SLACK_BOT_TOKEN: BOT }, 'SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) must be set'],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong' },
      'SLACK_APP_TOKEN must be an app-level token starting with xapp-',
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: 'eighty' },
      'PORT must be a port number from 1 to 65535, e.g. PORT=3000',
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' },
      'PORT must be a port number from 1 to 65535',
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a postgres:// URL',
    ],
    [
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack.com' },
      'SLACK_API_URL must be an http(s) URL',
    ],
    [{ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error'],
  ])(
    'when the environment is %j, then it is refused in one line naming the variable and an example',
    (env, expected) => {
      const message = failure(env);

      expect(message).toContain(expected);
      expect(message).toMatch(/^Configuration error: .*, e\.g\. [A-Z_]+=\S+$/);
    },
  );
});
