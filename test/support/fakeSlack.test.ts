import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { App, LogLevel as BoltLogLevel, verifySlackRequest } from '@slack/bolt';
import { SocketModeClient, LogLevel as SocketModeLogLevel } from '@slack/socket-mode';
import { ErrorCode, LogLevel, WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import testVector from '../../../shared/slack-reference/examples/http/slash_command.signed_test_vector.json' with {
  type: 'json',
};
import type { FakeSlack } from './fakeSlack/index.ts';
import {
  appHomeOpened,
  blockAction,
  checkBlockKit,
  postToApp,
  signRequest,
  slashCommand,
  startFakeSlack,
} from './fakeSlack/index.ts';

let slack: FakeSlack;

beforeEach(async () => {
  slack = await startFakeSlack();
});

afterEach(async () => {
  await slack.close();
});

const webClient = (options: { rejectRateLimitedCalls?: boolean } = {}) =>
  new WebClient('xoxb-test', {
    slackApiUrl: slack.apiUrl,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
    ...options,
  });

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('fake Slack Web API', () => {
  it('records a posted message with its blocks and metadata parsed, and lists it in the channel history', async () => {
    const blocks = [section('*Hackfest* starts soon')];
    const metadata = { event_type: 'hackfest_announced', event_payload: { hackfestId: 7 } };

    const posted = await webClient().chat.postMessage({
      channel: 'C123',
      text: 'Hackfest starts soon',
      blocks,
      metadata,
    });
    await webClient().chat.postMessage({ channel: 'C123', text: 'second' });

    expect(posted).toMatchObject({ ok: true, channel: 'C123', ts: '1700000000.000100', message: { blocks, metadata } });
    const [call] = slack.callsTo('chat.postMessage');
    expect(call).toMatchObject({ token: 'xoxb-test', args: { channel: 'C123', blocks, metadata } });
    const history = await webClient().conversations.history({ channel: 'C123' });
    expect(history.messages?.map((message) => [message.ts, message.text])).toEqual([
      ['1700000000.000200', 'second'],
      ['1700000000.000100', 'Hackfest starts soon'],
    ]);
  });

  it('refuses a message with 51 blocks as invalid_blocks and records the violation', async () => {
    const blocks = Array.from({ length: 51 }, (_, index) => section(`row ${index}`));

    const posting = webClient().chat.postMessage({ channel: 'C123', text: 'too long', blocks });

    await expect(posting).rejects.toMatchObject({ code: ErrorCode.PlatformError, data: { error: 'invalid_blocks' } });
    expect(slack.blockKitViolations).toEqual([
      { method: 'chat.postMessage', violations: ['blocks: 51 blocks, a message allows at most 50'] },
    ]);
  });

  it('refuses messages without channel or content the way Slack does', async () => {
    await expect(webClient().chat.postMessage({ channel: '', text: 'hi' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(webClient().apiCall('chat.postMessage', { channel: 'C1' })).rejects.toMatchObject({
      data: { error: 'no_text' },
    });
  });

  it('answers unknown methods with unknown_method and still records them', async () => {
    await expect(webClient().apiCall('hackfest.nonsense', { a: 1 })).rejects.toMatchObject({
      data: { error: 'unknown_method' },
    });
    expect(slack.callsTo('hackfest.nonsense')).toHaveLength(1);
  });

  it('lets failNext answer one call with HTTP 429 and Retry-After, which the client sees', async () => {
    slack.failNext('chat.postMessage', { retryAfterSec: 7 });
    const client = webClient({ rejectRateLimitedCalls: true });

    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).rejects.toMatchObject({
      code: ErrorCode.RateLimitedError,
      retryAfter: 7,
    });
    await expect(client.chat.postMessage({ channel: 'C1', text: 'hi' })).resolves.toMatchObject({ ok: true });
  });

  it('lets failNext answer one call with a Slack error', async () => {
    slack.failNext('users.info', { error: 'user_not_found' });

    await expect(webClient().users.info({ user: 'U1' })).rejects.toMatchObject({ data: { error: 'user_not_found' } });
  });

  it('lets failSome fail the calls its rule picks, by their number, with an HTTP status', async () => {
    slack.failSome('chat.update', (nth) => (nth % 2 === 0 ? { status: 503 } : undefined));
    const update = () => webClient().chat.update({ channel: 'C1', ts: '1.1', text: 'hi' });

    await expect(update()).resolves.toMatchObject({ ok: true });
    await expect(update()).rejects.toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    await expect(update()).resolves.toMatchObject({ ok: true });
  });

  it('waitFor resolves with a matching call that happens later, and explains a timeout', async () => {
    const waiting = slack.waitFor('chat.update', (call) => call.args.ts === '1.2');

    await webClient().chat.update({ channel: 'C1', ts: '1.1', text: 'not this one' });
    await webClient().chat.update({ channel: 'C1', ts: '1.2', text: 'this one' });

    await expect(waiting).resolves.toMatchObject({ args: { text: 'this one' } });
    await expect(slack.waitFor('views.open', undefined, 20)).rejects.toThrow(
      'no matching views.open call within 20 ms; methods seen: chat.update ×2',
    );
  });

  it('answers users.info with Europe/Berlin by default and with the overrides setUser gave', async () => {
    slack.setUser('U2', { tz: 'America/New_York', is_admin: true });

    const berlin = await webClient().users.info({ user: 'U1' });
    const newYork = await webClient().users.info({ user: 'U2' });

    expect(berlin.user).toMatchObject({ id: 'U1', tz: 'Europe/Berlin', is_admin: false });
    expect([3600, 7200]).toContain(berlin.user?.tz_offset);
    expect(newYork.user).toMatchObject({ id: 'U2', tz: 'America/New_York', is_admin: true });
    expect([-18000, -14400]).toContain(newYork.user?.tz_offset);
  });

  it('takes a files.uploadV2 upload through its three steps and keeps the bytes', async () => {
    await webClient().files.uploadV2({
      channel_id: 'C1',
      file: Buffer.from('name,score\nAda,3\n'),
      filename: 'results.csv',
      title: 'Results',
    });

    expect(slack.uploads).toHaveLength(1);
    expect(slack.uploads[0]?.bytes.toString()).toBe('name,score\nAda,3\n');
    expect(slack.callsTo('files.completeUploadExternal')[0]?.args).toMatchObject({
      channel_id: 'C1',
      files: [{ id: slack.uploads[0]?.fileId, title: 'Results' }],
    });
  });

  it('records response_url posts with their id and refuses Block Kit violations with an HTTP error', async () => {
    const ok = await fetch(slack.responseUrl('cmd-1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Done', replace_original: true }),
    });
    const tooLong = await fetch(slack.responseUrl('cmd-2'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        text: 'x',
        blocks: [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }],
      }),
    });

    expect(ok.status).toBe(200);
    expect(tooLong.status).toBe(400);
    expect(slack.callsTo('response_url').map((call) => call.args)).toMatchObject([
      { id: 'cmd-1', text: 'Done', replace_original: true },
      { id: 'cmd-2' },
    ]);
  });

  it('reset forgets calls, violations and messages', async () => {
    await webClient().chat.postMessage({ channel: 'C1', text: 'hi' });

    slack.reset();

    expect(slack.calls).toEqual([]);
    const history = await webClient().conversations.history({ channel: 'C1' });
    expect(history.messages).toEqual([]);
  });
});

describe('checkBlockKit', () => {
  const header = (length: number) => [{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(length) } }];

  it('allows a 150-char header and reports a longer one', () => {
    expect(checkBlockKit('message', header(150))).toEqual([]);
    expect(checkBlockKit('message', header(151))).toEqual(['blocks[0](header).text.text: 151 chars, max 150']);
  });

  it('reports a header that is not plain_text', () => {
    const blocks = [{ type: 'header', text: { type: 'mrkdwn', text: 'Hi' } }];

    expect(checkBlockKit('home', blocks)).toEqual(['blocks[0](header).text.type: must be plain_text, got mrkdwn']);
  });

  it('reports duplicate action_ids in one block and duplicate block_ids in one message', () => {
    const button = { type: 'button', action_id: 'go', text: { type: 'plain_text', text: 'Go' } };
    const blocks = [
      { type: 'actions', block_id: 'a', elements: [button, button] },
      { type: 'actions', block_id: 'a', elements: [button] },
    ];

    expect(checkBlockKit('message', blocks)).toEqual([
      'blocks: duplicate block_id "a"',
      'blocks[0](actions).elements: duplicate action_id "go"',
    ]);
  });

  it('requires a submit button on a modal with an input block, and a short title', () => {
    const blocks = [
      {
        type: 'input',
        label: { type: 'plain_text', text: 'Title' },
        element: { type: 'plain_text_input', action_id: 't' },
      },
    ];
    const view = { type: 'modal', title: { type: 'plain_text', text: 'A title that is far too long' }, blocks };

    expect(checkBlockKit('modal', blocks, view)).toEqual([
      'view.title.text: 28 chars, max 24',
      'view.submit: required because the modal has an input block',
    ]);
  });

  it('checks option lists and option lengths', () => {
    const option = (value: string) => ({ text: { type: 'plain_text', text: value }, value });
    const overflow = {
      type: 'overflow',
      action_id: 'more',
      options: ['1', '2', '3', '4', '5', 'v'.repeat(76)].map(option),
    };

    expect(
      checkBlockKit('message', [{ type: 'section', text: { type: 'mrkdwn', text: 'Hi' }, accessory: overflow }]),
    ).toEqual([
      'blocks[0](section).accessory.options: 6 items, max 5',
      'blocks[0](section).accessory.options[5].text.text: 76 chars, max 75',
      'blocks[0](section).accessory.options[5].value: 76 chars, max 75',
    ]);
  });
});

describe('fake Slack Socket Mode', () => {
  let socketClient: SocketModeClient | undefined;

  afterEach(async () => {
    await socketClient?.disconnect();
    socketClient = undefined;
  });

  async function connectClient(): Promise<SocketModeClient> {
    socketClient = new SocketModeClient({
      appToken: 'xapp-test',
      clientOptions: { slackApiUrl: slack.apiUrl },
      logLevel: SocketModeLogLevel.ERROR,
    });
    await socketClient.start();
    await slack.socketConnected();
    return socketClient;
  }

  it('connects a SocketModeClient via apps.connections.open and returns the ack payload of an envelope', async () => {
    const client = await connectClient();
    client.on('slash_commands', async ({ ack, body }) => {
      await ack({ text: `you said ${body.text}` });
    });

    const ack = await slack.sendEnvelope(
      'slash_commands',
      slashCommand({ text: 'help', responseUrl: slack.responseUrl('r') }),
    );

    expect(slack.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test');
    expect(ack.payload).toEqual({ text: 'you said help' });
    expect(ack.ackedInMs).toBeGreaterThanOrEqual(0);
  });

  it('sends events_api envelopes with retry fields and rejects when nobody acks in time', async () => {
    const client = await connectClient();
    client.on('app_home_opened', async ({ ack, retry_num, retry_reason }) => {
      await ack({ retry_num, retry_reason });
    });

    const acked = await slack.sendEnvelope('events_api', appHomeOpened({ userId: 'U1' }), {
      retryAttempt: 1,
      retryReason: 'timeout',
    });

    expect(acked.payload).toEqual({ retry_num: 1, retry_reason: 'timeout' });
    await expect(slack.sendEnvelope('interactive', { type: 'shortcut' }, { timeoutMs: 20 })).rejects.toThrow(
      /interactive envelope .* was not acknowledged within 20 ms/,
    );
  });

  it('rejects sendEnvelope clearly when no client is connected', async () => {
    await expect(slack.sendEnvelope('events_api', {})).rejects.toThrow('no Socket Mode client is connected');
  });
});

describe('fake Slack with a Bolt app in Socket Mode', () => {
  let app: App | undefined;

  afterEach(async () => {
    await app?.stop();
  });

  it('serves what Bolt needs to start, ack, respond, say and handle clicks', async () => {
    app = new App({
      token: 'xoxb-test',
      appToken: 'xapp-test',
      socketMode: true,
      logLevel: BoltLogLevel.ERROR,
      clientOptions: { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/hackfest', async ({ ack, respond, say, command }) => {
      await ack({ text: 'on it' });
      await respond({ text: `you said ${command.text}` });
      await say('Hackfest news');
    });
    app.action('join', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'joined', replace_original: true });
    });
    await app.start();
    await slack.socketConnected();

    const commandAck = await slack.sendEnvelope(
      'slash_commands',
      slashCommand({ text: 'help', responseUrl: slack.responseUrl('c1') }),
    );
    await slack.waitFor('chat.postMessage');
    const click = blockAction({
      actionId: 'join',
      messageTs: '1700000000.000100',
      responseUrl: slack.responseUrl('a1'),
    });
    const clickAck = await slack.sendEnvelope('interactive', click);
    await slack.waitFor('response_url', (call) => call.args.id === 'a1');

    expect(commandAck.payload).toEqual({ text: 'on it' });
    expect(clickAck.payload).toEqual({});
    expect(slack.calls.map((call) => `${call.method} ${call.args.id ?? call.token}`)).toEqual([
      'auth.test xoxb-test',
      'apps.connections.open xapp-test',
      'response_url c1',
      'chat.postMessage xoxb-test',
      'response_url a1',
    ]);
  });
});

describe('signed requests to an app in HTTP mode', () => {
  it('signRequest reproduces the reference test vector', () => {
    const { signing_secret, http } = testVector;
    const timestamp = Number(http.headers['X-Slack-Request-Timestamp']);

    expect(signRequest(signing_secret, http.raw_body, timestamp)).toEqual({
      'x-slack-signature': http.headers['X-Slack-Signature'],
      'x-slack-request-timestamp': http.headers['X-Slack-Request-Timestamp'],
    });
  });

  describe('postToApp', () => {
    const secret = 'test-signing-secret';
    let appUrl: string;
    let closeApp: () => Promise<void>;

    // A stand-in app that verifies with Bolt's own check and echoes what it received.
    async function verifyingApp(request: IncomingMessage, response: ServerResponse): Promise<void> {
      const body = await text(request);
      try {
        verifySlackRequest({
          signingSecret: secret,
          body,
          headers: {
            'x-slack-signature': String(request.headers['x-slack-signature']),
            'x-slack-request-timestamp': Number(request.headers['x-slack-request-timestamp']),
          },
        });
      } catch {
        response.writeHead(401).end();
        return;
      }
      const echo = {
        contentType: request.headers['content-type'],
        retryNum: request.headers['x-slack-retry-num'],
        body,
      };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(echo));
    }

    beforeEach(async () => {
      const server = createServer((request, response) => void verifyingApp(request, response));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
      closeApp = () => new Promise((resolve) => server.close(() => resolve()));
    });

    afterEach(async () => {
      await closeApp();
    });

    it('sends a slash command as signed form fields', async () => {
      const command = slashCommand({ text: 'propose Robots & AI', responseUrl: slack.responseUrl('c') });

      const { status, body } = await postToApp(appUrl, secret, 'command', command);

      expect(status).toBe(200);
      expect(body).toMatchObject({ contentType: 'application/x-www-form-urlencoded' });
      const fields = Object.fromEntries(new URLSearchParams((body as { body: string }).body));
      expect(fields).toEqual(command);
    });

    it('sends interactivity as payload=<json> and events as JSON, with retry headers on request', async () => {
      const event = appHomeOpened({ userId: 'U1' });

      const interactive = await postToApp(appUrl, secret, 'interactive', { type: 'shortcut' });
      const retried = await postToApp(appUrl, secret, 'event', event, { retryNum: 1 });

      expect(new URLSearchParams((interactive.body as { body: string }).body).get('payload')).toBe(
        '{"type":"shortcut"}',
      );
      expect(retried.body).toEqual({ contentType: 'application/json', retryNum: '1', body: JSON.stringify(event) });
    });

    it('can send unsigned, wrongly signed and stale requests', async () => {
      const event = appHomeOpened({ userId: 'U1' });
      const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;

      const statuses = await Promise.all([
        postToApp(appUrl, secret, 'event', event, { signature: null }),
        postToApp(appUrl, secret, 'event', event, { signature: 'v0=00' }),
        postToApp(appUrl, secret, 'event', event, { timestampSec: tenMinutesAgo }),
      ]);

      expect(statuses.map((response) => response.status)).toEqual([401, 401, 401]);
    });
  });
});
