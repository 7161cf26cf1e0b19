import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/config.ts';

/** A fresh, empty database of one engine, and how to throw it away. */
export type TestDatabase = { database: Database; drop(): Promise<void> };

export type Engine = { name: string; create(): Promise<TestDatabase> };

const sqlite: Engine = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'hackfest-test-'));
    return {
      database: { engine: 'sqlite', file: join(dir, 'hackfest.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/** Each PostgreSQL test database is a schema of its own in TEST_DATABASE_URL, reached through search_path. */
const postgres = (url: string): Engine => ({
  name: 'postgres',
  async create() {
    const schema = `test_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const scoped = new URL(url);
    scoped.searchParams.set('options', `-c search_path=${schema}`);
    return {
      database: { engine: 'postgres', url: scoped.toString() },
      async drop() {
        const cleaner = new pg.Client({ connectionString: url });
        await cleaner.connect();
        await cleaner.query(`drop schema ${schema} cascade`);
        await cleaner.end();
      },
    };
  },
});

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const engines: Engine[] = [
  sqlite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];
