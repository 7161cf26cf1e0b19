import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import type { Database } from '../config.ts';
import type { Logger } from '../logger.ts';
import { migrations } from './migrations/index.ts';
import type { Schema } from './schema.ts';
import { nodeSqliteDialect } from './sqliteDialect.ts';

export type Engine = Database['engine'];
export type Connection = { db: Kysely<Schema>; engine: Engine };

/** pg returns BIGINT as a string to keep precision; our bigints are epoch milliseconds, well within a double. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** `logger` hears of connections PostgreSQL or the network dropped; the pool opens new ones when next needed. */
export function connect(database: Database, logger?: Logger): Connection {
  if (database.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, types: pgTypes, max: 10 });
    // A dropped connection emits 'error' on its client, idle or checked out (between a transaction's queries), and on
    // the pool when idle: unheard, Node throws it and the process dies. The query that needs it fails on its own.
    pool.on('connect', (client) =>
      client.on('error', (error) => logger?.warn({ err: error }, 'lost a database connection')),
    );
    pool.on('error', () => {}); // the client's listener above logged it
    return { db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }), engine: 'postgres' };
  }
  if (database.file !== ':memory:') mkdirSync(dirname(database.file), { recursive: true });
  return { db: new Kysely<Schema>({ dialect: nodeSqliteDialect(database.file) }), engine: 'sqlite' };
}

/** Applies every pending migration; safe to run from several replicas at once (Kysely takes a lock). */
export async function migrate({ db, engine }: Connection): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Kysely looks for its bookkeeping tables in every schema unless told which: name ours, so a database
    // shared with other schemas (another deployment, a test run) does not hide them.
    migrationTableSchema: engine === 'postgres' ? await currentSchema(db) : undefined,
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

async function currentSchema(db: Kysely<Schema>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path in DATABASE_URL');
  return schema;
}
