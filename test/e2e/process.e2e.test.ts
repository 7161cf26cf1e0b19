import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppProcess } from '../support/appProcess.ts';
import { engines } from '../support/databases.ts';
import { type FakeSlack, postToApp, slashCommand, startFakeSlack } from '../support/fakeSlack/index.ts';
import { freePort } from '../support/freePort.ts';
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET } from '../support/testApp.ts';

const postgres = engines.find((engine) => engine.name === 'postgres');

describe('the app process', () => {
  let slack: FakeSlack;
  let cwd: string;

  beforeEach(async () => {
    slack = await startFakeSlack();
    cwd = mkdtempSync(join(tmpdir(), 'hackfest-e2e-'));
  });
  afterEach(async () => {
    await slack.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  it('when the configuration is bad, then it exits 1 with one line naming the variable, and no stack trace', async () => {
    const app = startAppProcess({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'not-a-token' }, cwd);

    expect(await app.exit()).toBe(1);
    expect(app.stderr().trim().split('\n')).toEqual([
      expect.stringMatching(
        /^Configuration error: SLACK_APP_TOKEN must be an app-level token starting with xapp-, e\.g\./,
      ),
    ]);
  });

  it('when started with a bot token and an app token in .env, then it runs in Socket Mode on ./data/hackfest.db and stops cleanly on SIGTERM', async () => {
    writeFileSync(
      join(cwd, '.env'),
      `SLACK_APP_TOKEN=${APP_TOKEN}\nSLACK_BOT_TOKEN=xoxb-overridden-by-the-environment\n`,
    );
    const app = startAppProcess({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: slack.apiUrl }, cwd);
    await app.line(/hackfest is ready/);

    const ack = await slack.sendEnvelope(
      'slash_commands',
      slashCommand({ text: 'help', responseUrl: slack.responseUrl('r') }),
    );
    app.kill('SIGTERM');

    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(slack.callsTo('auth.test')[0]?.token).toBe(BOT_TOKEN);
    expect(existsSync(join(cwd, 'data', 'hackfest.db'))).toBe(true);
    expect(await app.exit()).toBe(0);
    expect(app.output()).toContain('"msg":"stopped"');
    expect(app.output()).not.toContain(BOT_TOKEN);
    expect(app.output()).not.toContain(APP_TOKEN);
  });

  it.skipIf(!postgres)(
    'when started with a signing secret and DATABASE_URL, then it serves HTTP on PORT from PostgreSQL',
    async () => {
      if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
      const database = await postgres.create();
      if (database.database.engine !== 'postgres') throw new Error('expected PostgreSQL');
      const port = String(await freePort());
      const app = startAppProcess(
        {
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          PORT: port,
          DATABASE_URL: database.database.url,
          SLACK_API_URL: slack.apiUrl,
        },
        cwd,
      );
      try {
        const ready = await app.line(/hackfest is ready/);
        const health = await fetch(`http://127.0.0.1:${port}/healthz`);
        const help = await postToApp(
          `http://127.0.0.1:${port}/slack/events`,
          SIGNING_SECRET,
          'command',
          slashCommand({ text: 'help', responseUrl: slack.responseUrl('r') }),
        );

        expect(JSON.parse(ready)).toMatchObject({ mode: 'http', database: 'postgres' });
        expect(health.status).toBe(200);
        expect(help.body).toMatchObject({ response_type: 'ephemeral' });
        expect(existsSync(join(cwd, 'data'))).toBe(false);
      } finally {
        app.kill('SIGTERM');
        expect(await app.exit()).toBe(0);
        await database.drop();
      }
      expect(app.output()).not.toContain(SIGNING_SECRET);
    },
  );
});
