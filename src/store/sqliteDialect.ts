import { DatabaseSync } from 'node:sqlite';
import { type SqliteDatabase, SqliteDialect, type SqliteStatement } from 'kysely';

/** How long a writer waits for another connection's lock before SQLite reports it busy. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * Prepared statements kept for reuse, by SQL text. The app's queries have a few hundred shapes at most; preparing
 * each anew was a third of a sign-up burst's CPU time.
 */
const STATEMENTS_KEPT = 500;

/**
 * Kysely's SQLite dialect speaks the better-sqlite3 interface; this adapts the built-in node:sqlite driver to it,
 * so the embedded database needs no native module. A statement "reads" when it yields columns (SELECT, RETURNING).
 */
export function nodeSqliteDialect(file: string): SqliteDialect {
  const database = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS });
  database.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  const prepared = new Map<string, SqliteStatement>();
  const prepare = (sql: string): SqliteStatement => {
    const statement = database.prepare(sql);
    const bind = (parameters: ReadonlyArray<unknown>) => parameters as Parameters<typeof statement.all>;
    return {
      reader: statement.columns().length > 0,
      all: (parameters) => statement.all(...bind(parameters)),
      run: (parameters) => statement.run(...bind(parameters)),
      iterate: (parameters) => statement.iterate(...bind(parameters)),
    };
  };
  const adapted: SqliteDatabase = {
    close: () => database.close(),
    prepare(sql) {
      const kept = prepared.get(sql);
      if (kept) return kept;
      // The oldest statement makes room: a Map iterates in insertion order.
      if (prepared.size >= STATEMENTS_KEPT) prepared.delete(prepared.keys().next().value as string);
      const statement = prepare(sql);
      prepared.set(sql, statement);
      return statement;
    },
  };
  return new SqliteDialect({ database: adapted });
}
