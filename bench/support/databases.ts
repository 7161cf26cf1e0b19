import { join } from 'node:path';
import type { Database } from '../../src/config.ts';
import { SQLITE_FILE } from '../../src/config.ts';
import { type Connection, connect } from '../../src/store/connect.ts';
import { engines } from '../../test/support/databases.ts';

export type EngineName = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set, as for the tests. */
export const benchEngines: EngineName[] = engines.map((engine) => engine.name as EngineName);

export type BenchDatabase = {
  database: Database;
  /** What the app process needs in its environment to use this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
};

/**
 * A fresh database for one run: the app's default SQLite file under `cwd` (./data/hackfest.db), or a PostgreSQL
 * schema of its own, dropped afterwards.
 */
export async function freshDatabase(engine: EngineName, cwd: string): Promise<BenchDatabase> {
  if (engine === 'sqlite')
    return { database: { engine: 'sqlite', file: join(cwd, SQLITE_FILE) }, env: {}, drop: async () => {} };
  const postgres = engines.find((each) => each.name === 'postgres');
  if (!postgres) throw new Error('PostgreSQL benchmarks need TEST_DATABASE_URL');
  const { database, drop } = await postgres.create();
  if (database.engine !== 'postgres') throw new Error('expected a PostgreSQL database');
  return { database, env: { DATABASE_URL: database.url }, drop };
}

/** Reads the app's tables directly, to check what was kept and when due work was due. */
export async function withConnection<T>(database: Database, read: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = connect(database);
  try {
    return await read(connection);
  } finally {
    await connection.db.destroy();
  }
}
