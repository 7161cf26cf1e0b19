import { sql } from 'kysely';
import type { Database } from '../../src/config.ts';
import { connect } from '../../src/store/connect.ts';

/** Every row of every table, each table's rows as sorted JSON: equal snapshots mean nothing was stored or changed. */
export type DatabaseSnapshot = Record<string, string[]>;

export type DatabaseReader = { snapshot(): Promise<DatabaseSnapshot>; close(): Promise<void> };

/** A second connection to the app's database, to see what it stored (its PostgreSQL schema only). */
export function readDatabase(database: Database): DatabaseReader {
  const { db, engine } = connect(database);
  return {
    async snapshot() {
      const schema =
        engine === 'postgres'
          ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
          : undefined;
      const tables = (await db.introspection.getTables()).filter((table) => table.schema === schema);
      const snapshot: DatabaseSnapshot = {};
      for (const { name } of tables) {
        const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
        snapshot[name] = rows.map((row) => JSON.stringify(row)).sort();
      }
      return snapshot;
    },
    close: () => db.destroy(),
  };
}
