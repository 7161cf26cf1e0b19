import type { App } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.ts';
import { createSlackApp } from '../../src/slack/app.ts';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack/index.ts';
import { freePort } from '../support/freePort.ts';
import { silentLogger } from '../support/silentLogger.ts';
import { BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

describe('GET /healthz in HTTP mode', () => {
  let slack: FakeSlack;
  let app: App;
  let port: number;
  let databaseAnswers: boolean;

  beforeEach(async () => {
    slack = await startFakeSlack();
    port = await freePort();
    const config: Config = {
      slack: {
        botToken: BOT_TOKEN,
        apiUrl: slack.apiUrl,
        connection: { mode: 'http', signingSecret: SIGNING_SECRET, port },
      },
      database: { engine: 'sqlite', file: ':memory:' },
      logLevel: 'silent',
      secrets: [],
    };
    app = createSlackApp({
      config,
      logger: silentLogger,
      isHealthy: async () => databaseAnswers,
      isDatabaseUnavailable: () => false,
    });
    await app.init();
    await app.start();
  });
  afterEach(async () => {
    await app.stop();
    await slack.close();
  });

  it('when the database answers, then it is 200', async () => {
    databaseAnswers = true;
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('when the database does not answer, then it is 503 so the load balancer routes around this replica', async () => {
    databaseAnswers = false;
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, database: 'down' });
  });
});
