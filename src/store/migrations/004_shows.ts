import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hackfests').addColumn('emcee_id', 'text').execute();
  await db.schema.alterTable('hackfests').addColumn('timekeeper_id', 'text').execute();
  await db.schema
    .createTable('shows')
    .addColumn('hackfest_id', 'text', (col) => col.primaryKey().references('hackfests.id'))
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('channel_id', 'text', (col) => col.notNull())
    .addColumn('message_ts', 'text')
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shows').execute();
  await db.schema.alterTable('hackfests').dropColumn('timekeeper_id').execute();
  await db.schema.alterTable('hackfests').dropColumn('emcee_id').execute();
}
