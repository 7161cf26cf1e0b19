import type { Kysely } from 'kysely';

/** Who has opened the app's Home tab: only their App Homes are worth re-publishing when something changes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('home_viewers')
    .addColumn('user_id', 'text', (col) => col.primaryKey())
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('home_viewers').execute();
}
