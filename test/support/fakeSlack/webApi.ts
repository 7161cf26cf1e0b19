import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { blockKitViolationsFor } from './blockKitChecks.ts';
import type { ApiCall, CallPredicate } from './callLog.ts';
import { CallLog } from './callLog.ts';
import type { FailureRule, HttpAnswer, InjectedFailure } from './failures.ts';
import { FailureQueue } from './failures.ts';
import { MessageStore, type StoredMessage } from './messages.ts';
import { bearerToken, parseArgs, readBody, uploadedFile } from './requestBody.ts';
import type { EnvelopeAck, EnvelopeOptions, EnvelopeType } from './socketMode.ts';
import { attachSocketMode } from './socketMode.ts';
import type { UserOverrides } from './users.ts';
import { UserDirectory } from './users.ts';
import type { MethodHandler } from './webApiMethods.ts';
import { channelFor, defaultMethods } from './webApiMethods.ts';

const NOT_FOUND: HttpAnswer = { status: 404, headers: {}, body: { ok: false, error: 'not_found' } };

export type FakeSlackOptions = {
  /** users.info answers for these ids, on top of the defaults. */
  users?: Record<string, UserOverrides>;
  /** Answers for methods the fake does not know, or replacements for the default ones. */
  handlers?: Record<string, MethodHandler>;
};

export type FileUpload = { fileId: string; bytes: Buffer; filename: string | undefined };

export type BlockKitViolation = { method: string; violations: string[] };

export type FakeSlack = {
  /** For Bolt's `clientOptions.slackApiUrl`, e.g. `http://127.0.0.1:PORT/api/`. */
  readonly apiUrl: string;
  readonly baseUrl: string;
  readonly socketUrl: string;
  readonly calls: readonly ApiCall[];
  readonly uploads: readonly FileUpload[];
  readonly blockKitViolations: readonly BlockKitViolation[];
  callsTo(method: string): ApiCall[];
  /** What a channel (or, for a user id, that person's DM with the app) shows now, oldest first. */
  messagesIn(channel: string): StoredMessage[];
  waitFor(method: string, predicate?: CallPredicate, timeoutMs?: number): Promise<ApiCall>;
  /** The first call of any method (response_url included) matching `predicate`, now or later. */
  waitForCall(predicate: CallPredicate, timeoutMs?: number): Promise<ApiCall>;
  failNext(method: string, failure?: InjectedFailure): void;
  /** From now on, every call to `method` for which `rule` (given the call's number, from 1) names a failure fails so. */
  failSome(method: string, rule: FailureRule): void;
  setUser(id: string, overrides: UserOverrides): void;
  /** Answers `method` with `handler` from now on; returns the handler it replaces, for the new one to delegate to. */
  handle(method: string, handler: MethodHandler): MethodHandler | undefined;
  /** A response_url whose POSTs are recorded as calls to the method `response_url`, with `id` added to the args. */
  responseUrl(id: string): string;
  socketConnected(timeoutMs?: number): Promise<void>;
  sendEnvelope(type: EnvelopeType, payload: unknown, options?: EnvelopeOptions): Promise<EnvelopeAck>;
  /** Forgets calls, uploads, violations, queued failures and posted messages; keeps users and handlers. */
  reset(): void;
  close(): Promise<void>;
};

/** Starts a local stand-in for slack.com: the Web API, response_urls, file uploads and Socket Mode, on one port. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      reply(response, {
        status: 500,
        headers: {},
        body: { ok: false, error: 'fake_slack_crashed', detail: String(error) },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const socketMode = attachSocketMode(server);
  const socketUrl = `ws://127.0.0.1:${port}${socketMode.path}`;

  const log = new CallLog();
  const failures = new FailureQueue();
  const messages = new MessageStore();
  const users = new UserDirectory();
  for (const [id, overrides] of Object.entries(options.users ?? {})) users.set(id, overrides);
  const handlers = new Map(
    Object.entries({ ...defaultMethods({ baseUrl, socketUrl, users, messages }), ...options.handlers }),
  );
  const uploads: FileUpload[] = [];
  const blockKitViolations: BlockKitViolation[] = [];

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const [, area, name] = new URL(request.url ?? '/', baseUrl).pathname.split('/');
    if (request.method !== 'POST' || !name) {
      reply(response, NOT_FOUND);
      return;
    }
    const contentType = request.headers['content-type'];
    const body = await readBody(request);
    if (area === 'api') {
      const args = parseArgs(contentType, body);
      const token = bearerToken(request) ?? (typeof args.token === 'string' ? args.token : undefined);
      reply(response, await answer(decodeURIComponent(name), args, token));
    } else if (area === 'respond') {
      const args = { ...parseArgs(contentType, body), id: decodeURIComponent(name) };
      const answered = await answer('response_url', args, undefined);
      // Bolt's respond() only notices HTTP errors, so a refused response_url body must not come back as a 200.
      reply(response, answered.body.ok === false && answered.status === 200 ? { ...answered, status: 400 } : answered);
    } else if (area === 'upload') {
      const { bytes, filename } = await uploadedFile(contentType, body);
      uploads.push({ fileId: decodeURIComponent(name), bytes, filename });
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${bytes.length}`);
    } else {
      reply(response, NOT_FOUND);
    }
  }

  async function answer(method: string, args: Record<string, unknown>, token: string | undefined): Promise<HttpAnswer> {
    const failure = failures.take(method);
    log.record(method, args, token, failure !== undefined && !failure.madeIt);
    if (failure?.madeIt) await handlers.get(method)?.(args);
    if (failure) return failure;
    const violations = blockKitViolationsFor(method, args);
    if (violations.length > 0) {
      blockKitViolations.push({ method, violations });
      return { status: 200, headers: {}, body: { ok: false, error: 'invalid_blocks', errors: violations } };
    }
    const handler = handlers.get(method);
    return { status: 200, headers: {}, body: handler ? await handler(args) : { ok: false, error: 'unknown_method' } };
  }

  let closing: Promise<void> | undefined;
  async function shutDown(): Promise<void> {
    log.abandonAll('fake Slack: closed while a waitFor was pending');
    await socketMode.close();
    await new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  }

  return {
    apiUrl: `${baseUrl}/api/`,
    baseUrl,
    socketUrl,
    calls: log.calls,
    uploads,
    blockKitViolations,
    callsTo: (method) => log.callsTo(method),
    messagesIn: (channel) => messages.history(channelFor(channel) ?? channel, Number.POSITIVE_INFINITY).toReversed(),
    waitFor: (method, predicate, timeoutMs) => log.waitFor(method, predicate, timeoutMs),
    waitForCall: (predicate, timeoutMs) => log.waitForCall(predicate, timeoutMs),
    failNext: (method, failure = {}) => failures.add(method, failure),
    failSome: (method, rule) => failures.addRule(method, rule),
    setUser: (id, overrides) => users.set(id, overrides),
    handle: (method, handler) => {
      const replaced = handlers.get(method);
      handlers.set(method, handler);
      return replaced;
    },
    responseUrl: (id) => `${baseUrl}/respond/${encodeURIComponent(id)}`,
    socketConnected: (timeoutMs) => socketMode.socketConnected(timeoutMs),
    sendEnvelope: (type, payload, envelopeOptions) => socketMode.sendEnvelope(type, payload, envelopeOptions),
    reset: () => {
      log.reset();
      uploads.length = 0;
      blockKitViolations.length = 0;
      failures.clear();
      messages.clear();
    },
    close: () => {
      closing ??= shutDown();
      return closing;
    },
  };
}

function reply(response: ServerResponse, { status, headers, body }: HttpAnswer): void {
  response
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}
