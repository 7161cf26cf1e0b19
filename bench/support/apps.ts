import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/config.ts';
import {
  type AppRequestKind,
  type EnvelopeType,
  type FakeSlack,
  postToApp,
  startFakeSlack,
} from '../../test/support/fakeSlack/index.ts';
import { freePort } from '../../test/support/freePort.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../../test/support/testApp.ts';
import { type EngineName, freshDatabase } from './databases.ts';
import { type NodeProcess, startNodeProcess } from './nodeProcess.ts';

export type Mode = 'http' | 'socket';

const SCRIPTS = {
  hackfest: fileURLToPath(new URL('../../src/main.ts', import.meta.url)),
  bare: fileURLToPath(new URL('../bareBoltApp.ts', import.meta.url)),
};
const READY = { hackfest: /hackfest is ready/, bare: /bare app is ready/ };
const ENVELOPES: Record<AppRequestKind, EnvelopeType> = {
  command: 'slash_commands',
  interactive: 'interactive',
  event: 'events_api',
};
/** Longer than Slack's 3 s, so a slow ack is measured rather than lost. */
const ACK_TIMEOUT_MS = 30_000;

/** A fake Slack, a temporary working directory and a fresh database: what one app (and its restarts) runs against. */
export type Bench = {
  mode: Mode;
  slack: FakeSlack;
  database: Database;
  /** Starts `node src/main.ts` (or the bare Bolt app) and resolves once it is ready. */
  start(script?: keyof typeof SCRIPTS): Promise<RunningApp>;
  /** Kills every process it started and throws the rest away. */
  close(): Promise<void>;
};

export type Ack = { ms: number; ok: boolean };

export type RunningApp = {
  process: NodeProcess;
  /** Milliseconds from spawn to the ready log line. */
  readyMs: number;
  /** Sends what Slack would (a signed request, or an envelope), and measures the time until the ack. */
  deliver(kind: AppRequestKind, payload: object): Promise<Ack>;
};

export async function createBench(mode: Mode, engine: EngineName): Promise<Bench> {
  const slack = await startFakeSlack();
  const cwd = mkdtempSync(join(tmpdir(), 'hackfest-bench-'));
  const db = await freshDatabase(engine, cwd);
  const started: NodeProcess[] = [];

  return {
    mode,
    slack,
    database: db.database,
    async start(script = 'hackfest') {
      const port = await freePort();
      const connection: Record<string, string> =
        mode === 'socket'
          ? { SLACK_APP_TOKEN: APP_TOKEN }
          : { SLACK_SIGNING_SECRET: SIGNING_SECRET, PORT: String(port) };
      const env = { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'info', ...connection };
      const child = startNodeProcess(SCRIPTS[script], { ...env, ...db.env }, cwd);
      started.push(child);
      const readyMs = await child.line(READY[script]);
      if (mode === 'socket') await slack.socketConnected();
      const url = `http://127.0.0.1:${port}/slack/events`;
      const deliver = async (kind: AppRequestKind, payload: object): Promise<Ack> => {
        try {
          if (mode === 'http') {
            const { status, ms } = await postToApp(url, SIGNING_SECRET, kind, payload);
            return { ms, ok: status === 200 };
          }
          const { ackedInMs } = await slack.sendEnvelope(ENVELOPES[kind], payload, { timeoutMs: ACK_TIMEOUT_MS });
          return { ms: ackedInMs, ok: true };
        } catch {
          return { ms: Number.NaN, ok: false };
        }
      };
      return { process: child, readyMs, deliver };
    },
    async close() {
      await Promise.all(started.map((child) => child.crash()));
      await slack.close();
      await db.drop();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
