import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Config, Database } from '../../src/config.ts';
import { type Running, startHackfest } from '../../src/hackfest.ts';
import { createLogger } from '../../src/logger.ts';
import { ACTIONS } from '../../src/slack/ids.ts';
import { elementValue } from './blocks.ts';
import {
  type AppRequestKind,
  type BlockActionInput,
  blockAction,
  blockKitViolationsFor,
  type FakeSlack,
  postToApp,
  type SlashCommandInput,
  slashCommand,
  startFakeSlack,
  type ViewSubmissionInput,
  viewSubmission,
} from './fakeSlack/index.ts';
import type { FakeTime } from './fakeTime.ts';
import { freePort } from './freePort.ts';

export type Mode = 'socket' | 'http';

export const BOT_TOKEN = 'xoxb-1111-2222-TestBotTokenValue';
export const APP_TOKEN = 'xapp-1-A111-3333-testapptokenvalue';
export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** What the app answered in the ack, how long the ack took, and what it answered later through respond(). */
export type Acked = {
  ackedInMs: number;
  body: unknown;
  status?: number;
  /** The next message sent to this request's response_url (respond() in a listener). */
  reply(): Promise<Record<string, unknown>>;
};

export type TestApp = {
  mode: Mode;
  slack: FakeSlack;
  /** The app's URL in HTTP mode. */
  url: string | undefined;
  logs: string[];
  /** Types `/hackfest <text>` as a person would. */
  command(text: string, input?: Partial<SlashCommandInput>): Promise<Acked>;
  /**
   * Types `/hackfest <text>` (a schedule in C111) as `userId`, waits for their answer, and resolves with the id of
   * the hackfest from its announcement.
   */
  schedule(text: string, userId: string): Promise<string>;
  /** Clicks a button (or picks an option) in a message or view; responses go to a response_url the fake records. */
  click(input: BlockActionInput): Promise<Acked>;
  submit(input: ViewSubmissionInput): Promise<Acked>;
  event(payload: object): Promise<Acked>;
  /** Resolves once the app's due work that is due now has run. */
  idle(): Promise<void>;
  /** Every message and view the app sent (acks included) that breaks a Block Kit limit. */
  blockKitViolations(): string[];
  stop(): Promise<void>;
};

export type TestAppOptions = { database?: Database; time?: FakeTime };

/**
 * Runs the real app in this process, in either mode, against a fresh fake Slack and a fresh database; with `time`,
 * the app's clock and scheduler run on it.
 */
export async function startTestApp(mode: Mode, options: TestAppOptions = {}): Promise<TestApp> {
  const { database, time } = options;
  const slack = await startFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'hackfest-app-'));
  const port = mode === 'http' ? await freePort() : 0;
  const config: Config = {
    slack: {
      botToken: BOT_TOKEN,
      apiUrl: slack.apiUrl,
      connection: mode === 'socket' ? { mode, appToken: APP_TOKEN } : { mode, signingSecret: SIGNING_SECRET, port },
    },
    database: database ?? { engine: 'sqlite', file: join(dataDir, 'hackfest.db') },
    logLevel: 'debug',
    secrets: [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET],
  };
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ level: 'debug', secrets: config.secrets, destination });
  const running: Running = await startHackfest(config, logger, time && { clock: time, timers: time });
  const url = mode === 'http' ? `http://127.0.0.1:${port}` : undefined;
  const acks: unknown[] = [];

  let requests = 0;
  const nextResponseUrl = () => {
    const id = `request-${++requests}`;
    const reply = () => slack.waitFor('response_url', (call) => call.args.id === id).then((call) => call.args);
    return { url: slack.responseUrl(id), reply };
  };

  const deliver = async (
    kind: AppRequestKind,
    payload: object,
    reply: Acked['reply'] = () => Promise.reject(new Error('this request has no response_url')),
  ): Promise<Acked> => {
    const envelopeType = kind === 'command' ? 'slash_commands' : kind === 'event' ? 'events_api' : 'interactive';
    const acked: Acked = url
      ? await postToApp(`${url}/slack/events`, SIGNING_SECRET, kind, payload).then(({ status, body, ms }) => ({
          status,
          body,
          ackedInMs: ms,
          reply,
        }))
      : await slack
          .sendEnvelope(envelopeType, payload)
          .then(({ payload: body, ackedInMs }) => ({ body, ackedInMs, reply }));
    acks.push(acked.body);
    return acked;
  };

  const command = (text: string, input?: Partial<SlashCommandInput>) => {
    const { url: responseUrl, reply } = nextResponseUrl();
    return deliver('command', slashCommand({ text, responseUrl, ...input }), reply);
  };

  return {
    mode,
    slack,
    url,
    logs,
    command,
    async schedule(text, userId) {
      await (await command(text, { userId })).reply();
      const announcement = slack.callsTo('chat.postMessage').find((call) => call.args.channel === 'C111');
      if (!announcement) throw new Error(`"${text}" announced nothing in C111`);
      return elementValue(announcement.args, ACTIONS.signUp) ?? '';
    },
    click: (input) => {
      // As in Slack, a click in a message comes with a response_url; one in a view (the App Home) does not.
      if (input.messageTs === undefined) return deliver('interactive', blockAction(input));
      const { url: responseUrl, reply } = nextResponseUrl();
      return deliver('interactive', blockAction({ responseUrl, ...input }), reply);
    },
    submit: (input) => deliver('interactive', viewSubmission(input)),
    event: (payload) => deliver('event', payload),
    idle: () => running.idle(),
    blockKitViolations: () => [
      ...slack.blockKitViolations.flatMap(({ method, violations }) => violations.map((v) => `${method}: ${v}`)),
      ...acks.flatMap((body) => violationsInAck(body).map((v) => `ack: ${v}`)),
    ],
    async stop() {
      await running.stop();
      await slack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An ack carries a message (a command's reply) or a view (what a form turns into); each keeps Block Kit's limits. */
function violationsInAck(body: unknown): string[] {
  if (typeof body !== 'object' || body === null) return [];
  // A form's ack updates its modal as views.update would; a command's reply is a message as on its response_url.
  if ('view' in body) return blockKitViolationsFor('views.update', body as Record<string, unknown>);
  return 'blocks' in body ? blockKitViolationsFor('response_url', body as Record<string, unknown>) : [];
}
