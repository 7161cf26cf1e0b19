import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ACTIONS } from '../../src/slack/ids.ts';
import { type AppProcess, startAppProcess } from './appProcess.ts';
import { elementValue } from './blocks.ts';
import { inTwoDays } from './dates.ts';
import { type FakeSlack, postToApp, slashCommand, startFakeSlack } from './fakeSlack/index.ts';
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
    /**
     * Types `/hackfest schedule "<title>" <in two days> 14:00 3h <rest>` in C111 as U111, through `events`; resolves
     * with the hackfest's id, from its announcement, once the organizer has been answered.
     */
    async schedule(events: string, title: string, rest = ''): Promise<string> {
      await postToApp(
        events,
        SIGNING_SECRET,
        'command',
        slashCommand({
          text: `schedule "${title}" ${inTwoDays()} 14:00 3h ${rest}`.trim(),
          userId: 'U111',
          responseUrl: harness.slack.responseUrl('schedule'),
        }),
      );
      await harness.slack.waitFor('response_url', (call) => call.args.id === 'schedule');
      const announcement = await harness.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C111');
      return elementValue(announcement.args, ACTIONS.signUp) ?? '';
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
