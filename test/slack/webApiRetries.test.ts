import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_API_RETRIES } from '../../src/slack/webApiRetries.ts';

/** A stand-in for slack.com that counts requests and answers as told: never (a hung call), or with a status. */
function slackThat(answer: 'hangs' | number) {
  let requests = 0;
  const server: Server = createServer((_request, response) => {
    requests++;
    if (answer !== 'hangs') response.writeHead(answer, { 'content-type': 'application/json' }).end('{"ok":false}');
  });
  return { server, requests: () => requests };
}

describe('retries of Web API calls', () => {
  let slack: ReturnType<typeof slackThat>;
  const clientFor = (slack: ReturnType<typeof slackThat>) =>
    new WebClient('xoxb-test', {
      slackApiUrl: `http://127.0.0.1:${(slack.server.address() as AddressInfo).port}/api/`,
      retryConfig: WEB_API_RETRIES,
      timeout: 100,
      logLevel: LogLevel.ERROR,
    });
  const start = async (answer: 'hangs' | number) => {
    slack = slackThat(answer);
    await new Promise<void>((resolve) => slack.server.listen(0, '127.0.0.1', resolve));
    return clientFor(slack);
  };

  beforeEach(() => {
    slack = slackThat(200);
  });
  afterEach(async () => {
    slack.server.closeAllConnections();
    await new Promise((resolve) => slack.server.close(resolve));
  });

  it('when a post times out (Slack may have made it), then it is not sent again', async () => {
    const client = await start('hangs');

    await expect(client.chat.postMessage({ channel: 'C1', text: 'GONG!' })).rejects.toThrow();
    expect(slack.requests()).toBe(1);
  });

  it('when Slack answers a server error, then the call is retried a couple of times', async () => {
    const client = await start(503);

    await expect(client.chat.postMessage({ channel: 'C1', text: 'hello' })).rejects.toThrow();
    expect(slack.requests()).toBe(1 + WEB_API_RETRIES.retries);
  });
});
