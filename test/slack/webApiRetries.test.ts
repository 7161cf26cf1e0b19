import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TAGGED_POST_RETRIES, WEB_API_RETRIES } from '../../src/slack/webApiRetries.ts';

type Answer = 'hangs' | number;

/**
 * A stand-in for slack.com that counts requests and answers each as told, in turn (the last answer repeats): never
 * (a hung call), or with a status; 429 asks to retry at once, 200 is a post made.
 */
function slackThat(...answers: Answer[]) {
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    const answer = answers[Math.min(requests, answers.length - 1)] ?? 'hangs';
    requests++;
    if (answer === 'hangs') return;
    const headers = { 'content-type': 'application/json', ...(answer === 429 ? { 'retry-after': '0' } : {}) };
    response.writeHead(answer, headers).end(answer === 200 ? '{"ok":true,"channel":"C1","ts":"1.1"}' : '{"ok":false}');
  });
  return { server, requests: () => requests };
}

describe('retries of Web API calls', () => {
  let slack: ReturnType<typeof slackThat>;
  const clientFor = (slack: ReturnType<typeof slackThat>, retryConfig: typeof WEB_API_RETRIES) =>
    new WebClient('xoxb-test', {
      slackApiUrl: `http://127.0.0.1:${(slack.server.address() as AddressInfo).port}/api/`,
      retryConfig,
      timeout: 100,
      logLevel: LogLevel.ERROR,
    });
  const start = async (answers: Answer[], retryConfig = WEB_API_RETRIES) => {
    slack = slackThat(...answers);
    await new Promise<void>((resolve) => slack.server.listen(0, '127.0.0.1', resolve));
    return clientFor(slack, retryConfig);
  };

  beforeEach(() => {
    slack = slackThat(200);
  });
  afterEach(async () => {
    slack.server.closeAllConnections();
    await new Promise((resolve) => slack.server.close(resolve));
  });

  it('when a post times out (Slack may have made it), then it is not sent again', async () => {
    const client = await start(['hangs']);

    await expect(client.chat.postMessage({ channel: 'C1', text: 'GONG!' })).rejects.toThrow();
    expect(slack.requests()).toBe(1);
  });

  it('when Slack answers a server error, then the call is retried a couple of times', async () => {
    const client = await start([503]);

    await expect(client.chat.postMessage({ channel: 'C1', text: 'hello' })).rejects.toThrow();
    expect(slack.requests()).toBe(1 + WEB_API_RETRIES.retries);
  });

  it('when a tagged post meets a server error (Slack may have made it), then it is not sent again', async () => {
    const client = await start([503], TAGGED_POST_RETRIES);

    await expect(client.chat.postMessage({ channel: 'C1', text: 'GONG!' })).rejects.toThrow();
    expect(slack.requests()).toBe(1);
  });

  it('when a tagged post is rate-limited (Slack did nothing), then it is sent again after the wait', async () => {
    const client = await start([429, 200], TAGGED_POST_RETRIES);

    await expect(client.chat.postMessage({ channel: 'C1', text: 'GONG!' })).resolves.toMatchObject({ ok: true });
    expect(slack.requests()).toBe(2);
  });
});
