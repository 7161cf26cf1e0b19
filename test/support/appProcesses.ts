import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { type AppProcess, startAppProcess } from './appProcess.ts';
import { type FakeSlack, startFakeSlack } from './fakeSlack/index.ts';
import { freePort } from './freePort.ts';
import { BOT_TOKEN, SIGNING_SECRET } from './testApp.ts';

export type LaunchedApp = { app: AppProcess; events: string };

/**
 * For end-to-end tests: a fresh fake Slack and working directory for each test, and `launch` to start the real app
 * process in HTTP mode against them (as operators run it, with only the given environment). Every process a test
 * launched is killed after it.
 */
export function useAppProcesses(name: string) {
  const running: AppProcess[] = [];
  const harness = {
    slack: undefined as unknown as FakeSlack,
    cwd: '',
    /** Starts the app with these settings on top of the tokens, a port and the fake Slack; resolves once it is ready. */
    async launch(env: Record<string, string> = {}): Promise<LaunchedApp> {
      const port = await freePort();
      const app = startAppProcess(
        {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          PORT: String(port),
          SLACK_API_URL: harness.slack.apiUrl,
          ...env,
        },
        harness.cwd,
      );
      running.push(app);
      await app.line(/hackfest is ready/);
      return { app, events: `http://127.0.0.1:${port}/slack/events` };
    },
    async killAll(): Promise<void> {
      for (const app of running.splice(0)) {
        app.kill('SIGKILL');
        await app.exit();
      }
    },
  };
  beforeEach(async () => {
    harness.slack = await startFakeSlack();
    harness.cwd = mkdtempSync(join(tmpdir(), `hackfest-${name}-`));
  });
  afterEach(async () => {
    await harness.killAll();
    await harness.slack.close();
    rmSync(harness.cwd, { recursive: true, force: true });
  });
  return harness;
}
