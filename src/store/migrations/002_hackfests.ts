import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('series')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('channel_id', 'text', (col) => col.notNull())
    .addColumn('organizer_id', 'text', (col) => col.notNull())
    .addColumn('co_organizer_ids', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('rule', 'text', (col) => col.notNull())
    .addColumn('first_date', 'text', (col) => col.notNull())
    .addColumn('first_time', 'text', (col) => col.notNull())
    .addColumn('duration_ms', 'bigint', (col) => col.notNull())
    .addColumn('slots', 'integer', (col) => col.notNull())
    .addColumn('demo_ms', 'bigint', (col) => col.notNull())
    .addColumn('signup_lead_ms', 'bigint', (col) => col.notNull())
    .addColumn('skipped_dates', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('nudged_at', 'bigint')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createTable('hackfests')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('series_id', 'text', (col) => col.references('series.id'))
    .addColumn('occurrence_date', 'text')
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('channel_id', 'text', (col) => col.notNull())
    .addColumn('organizer_id', 'text', (col) => col.notNull())
    .addColumn('co_organizer_ids', 'text', (col) => col.notNull())
    .addColumn('starts_at', 'bigint', (col) => col.notNull())
    .addColumn('duration_ms', 'bigint', (col) => col.notNull())
    .addColumn('slots', 'integer', (col) => col.notNull())
    .addColumn('demo_ms', 'bigint', (col) => col.notNull())
    .addColumn('signup_deadline', 'bigint', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('announcement_channel_id', 'text')
    .addColumn('announcement_ts', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .addUniqueConstraint('hackfests_one_per_occurrence', ['series_id', 'occurrence_date'])
    .execute();
  await db.schema.createIndex('hackfests_by_channel').on('hackfests').columns(['channel_id', 'starts_at']).execute();
  await db.schema.createIndex('hackfests_by_start').on('hackfests').columns(['status', 'starts_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('hackfests').execute();
  await db.schema.dropTable('series').execute();
}
