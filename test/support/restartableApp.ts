import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../src/config.ts';
import { FakeTime } from './fakeTime.ts';
import { startTestApp, type TestApp } from './testApp.ts';

/**
 * An app on a SQLite file of its own, which a test stops and starts again as a process restart would; its clock
 * (`time`) and its database carry over from one start to the next.
 */
export class RestartableApp {
  readonly time: FakeTime;
  private readonly dir = mkdtempSync(join(tmpdir(), 'hackfest-restartable-'));
  private readonly database: Database = { engine: 'sqlite', file: join(this.dir, 'hackfest.db') };
  private running: TestApp | undefined;

  constructor(now: number) {
    this.time = new FakeTime(now);
  }

  /** The app as last started, if it is. */
  get current(): TestApp | undefined {
    return this.running;
  }

  /** Stops the app if it runs, and starts it again on the same database and clock. */
  async restart(): Promise<TestApp> {
    await this.stop();
    this.running = await startTestApp('socket', { database: this.database, time: this.time });
    return this.running;
  }

  /** Stops the app, if it runs: it is down until the next restart. */
  async stop(): Promise<void> {
    await this.running?.stop();
    this.running = undefined;
  }

  async close(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
