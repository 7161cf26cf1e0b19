import type { Kysely } from 'kysely';

/** Proposals, who backs them (a toggle per person) and the changes people suggest. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('proposer_id', 'text', (col) => col.notNull())
    .addColumn('channel_id', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('why', 'text', (col) => col.notNull())
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('duration_ms', 'bigint', (col) => col.notNull())
    .addColumn('frequency', 'text', (col) => col.notNull())
    .addColumn('topics', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('message_channel_id', 'text')
    .addColumn('message_ts', 'text')
    .addColumn('adjustments', 'text', (col) => col.notNull())
    .addColumn('adjustments_digested', 'integer', (col) => col.notNull())
    .addColumn('scheduled', 'text')
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .addColumn('updated_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('proposals_by_status').on('proposals').columns(['status', 'channel_id']).execute();
  // One row per person who ever clicked "Back this": whether they back it now, and their last click, so a retried
  // or double click is not counted again.
  await db.schema
    .createTable('proposal_backers')
    .addColumn('proposal_id', 'text', (col) => col.notNull().references('proposals.id'))
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('backs', 'integer', (col) => col.notNull())
    .addColumn('changed_at', 'bigint', (col) => col.notNull())
    .addColumn('last_click', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('proposal_backers_key', ['proposal_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('proposal_suggestions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('proposal_id', 'text', (col) => col.notNull().references('proposals.id'))
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('aspect', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('proposal_suggestions_by_proposal')
    .on('proposal_suggestions')
    .columns(['proposal_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('proposal_suggestions').execute();
  await db.schema.dropTable('proposal_backers').execute();
  await db.schema.dropTable('proposals').execute();
}
