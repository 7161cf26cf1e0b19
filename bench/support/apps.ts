import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/config.ts';
import { type AppRequestKind, type FakeSlack, startFakeSlack } from '../../test/support/fakeSlack/index.ts';
import { freePort } from '../../test/support/freePort.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../../test/support/testApp.ts';
import { type EngineName, freshDatabase } from './databases.ts';
import { type Ack, startDelivery } from './delivery.ts';
import { type NodeProcess, startNodeProcess } from './nodeProcess.ts';

export type Mode = 'http' | 'socket';

const SCRIPTS = {
  hackfest: fileURLToPath(new URL('../../src/main.ts', import.meta.url)),
  bare: fileURLToPath(new URL('../bareBoltApp.ts', import.meta.url)),
};
const READY = { hackfest: /hackfest is ready/, bare: /bare app is ready/ };

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

export type { Ack };

export type RunningApp = {
  process: NodeProcess;
  /** Milliseconds from spawn to the ready log line. */
  readyMs: number;
  /** Sends what Slack would (a signed request, or an envelope), and measures the time until the ack. */
  deliver(kind: AppRequestKind, payload: object): Promise<Ack>;
};

export async function createBench(mode: Mode, engine: EngineName): Promise<Bench> {
  const delivery = await startDelivery();
  const slack = await startFakeSlack({
    handlers: { 'apps.connections.open': () => ({ ok: true, url: delivery.socketUrl }) },
  });
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
      if (mode === 'socket') await delivery.socketConnected();
      const target =
        mode === 'http'
          ? { mode, url: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET }
          : { mode };
      return { process: child, readyMs, deliver: (kind, payload) => delivery.deliver(target, kind, payload) };
    },
    async close() {
      await Promise.all(started.map((child) => child.crash()));
      await Promise.all([slack.close(), delivery.close()]);
      await db.drop();
      rmSync(cwd, { recursive: true, force: true });
    },
  };
}
