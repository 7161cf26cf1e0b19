import type { Kysely } from 'kysely';

/** Feedback on hackfests: when it is open, and one answer per person per hackfest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feedback_windows')
    .addColumn('hackfest_id', 'text', (col) => col.primaryKey().references('hackfests.id'))
    .addColumn('opened_at', 'bigint', (col) => col.notNull())
    .addColumn('closes_at', 'bigint', (col) => col.notNull())
    .addColumn('closed_at', 'bigint')
    .execute();
  await db.schema
    .createTable('feedback')
    .addColumn('hackfest_id', 'text', (col) => col.notNull().references('hackfests.id'))
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('rating', 'integer', (col) => col.notNull())
    .addColumn('favourite_demo_id', 'text')
    .addColumn('aspects', 'text', (col) => col.notNull())
    .addColumn('comment', 'text', (col) => col.notNull())
    .addColumn('anonymous', 'integer', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addPrimaryKeyConstraint('feedback_key', ['hackfest_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('hackfests_by_organizer')
    .on('hackfests')
    .columns(['organizer_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('demo_presenters_by_user').on('demo_presenters').column('user_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('demo_presenters_by_user').execute();
  await db.schema.dropIndex('hackfests_by_organizer').execute();
  await db.schema.dropTable('feedback').execute();
  await db.schema.dropTable('feedback_windows').execute();
}
