import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Config, Database } from '../../src/config.ts';
import { type Running, startHackfest } from '../../src/hackfest.ts';
import { createLogger } from '../../src/logger.ts';
import {
  type AppRequestKind,
  type BlockActionInput,
  blockAction,
  checkBlockKit,
  type FakeSlack,
  postToApp,
  type SlashCommandInput,
  slashCommand,
  startFakeSlack,
} from './fakeSlack/index.ts';
import { freePort } from './freePort.ts';

export type Mode = 'socket' | 'http';

export const BOT_TOKEN = 'xoxb-1111-2222-TestBotTokenValue';
export const APP_TOKEN = 'xapp-1-A111-3333-testapptokenvalue';
export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/** What the app answered in the ack, and how long the ack took. */
export type Acked = { ackedInMs: number; body: unknown; status?: number };

export type TestApp = {
  mode: Mode;
  slack: FakeSlack;
  /** The app's URL in HTTP mode. */
  url: string | undefined;
  logs: string[];
  /** Types `/hackfest <text>` as a person would. */
  command(text: string, input?: Partial<SlashCommandInput>): Promise<Acked>;
  click(input: BlockActionInput): Promise<Acked>;
  event(payload: object): Promise<Acked>;
  /** Every message and view the app sent (acks included) that breaks a Block Kit limit. */
  blockKitViolations(): string[];
  stop(): Promise<void>;
};

/** Runs the real app in this process, in either mode, against a fresh fake Slack and a fresh database. */
export async function startTestApp(mode: Mode, database?: Database): Promise<TestApp> {
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
  const running: Running = await startHackfest(
    config,
    createLogger({ level: 'debug', secrets: config.secrets, destination }),
  );
  const url = mode === 'http' ? `http://127.0.0.1:${port}` : undefined;
  const acks: Array<{ surface: 'message'; body: unknown }> = [];

  const deliver = async (kind: AppRequestKind, payload: object): Promise<Acked> => {
    const acked = url
      ? await postToApp(`${url}/slack/events`, SIGNING_SECRET, kind, payload).then(({ status, body, ms }) => ({
          status,
          body,
          ackedInMs: ms,
        }))
      : await slack
          .sendEnvelope(
            kind === 'command' ? 'slash_commands' : kind === 'event' ? 'events_api' : 'interactive',
            payload,
          )
          .then(({ payload: body, ackedInMs }) => ({ body, ackedInMs }));
    acks.push({ surface: 'message', body: acked.body });
    return acked;
  };

  return {
    mode,
    slack,
    url,
    logs,
    command: (text, input) =>
      deliver('command', slashCommand({ text, responseUrl: slack.responseUrl(`command-${Date.now()}`), ...input })),
    click: (input) => deliver('interactive', blockAction(input)),
    event: (payload) => deliver('event', payload),
    blockKitViolations: () => [
      ...slack.blockKitViolations.flatMap(({ method, violations }) => violations.map((v) => `${method}: ${v}`)),
      ...acks.flatMap(({ surface, body }) =>
        isMessage(body) ? checkBlockKit(surface, body.blocks).map((v) => `ack: ${v}`) : [],
      ),
    ],
    async stop() {
      await running.stop();
      await slack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const isMessage = (body: unknown): body is { blocks: unknown } =>
  typeof body === 'object' && body !== null && 'blocks' in body;
