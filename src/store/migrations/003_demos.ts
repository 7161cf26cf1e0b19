import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('hackfests')
    .addColumn('signups_reopened', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('hackfests')
    .addColumn('one_demo_each', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createTable('demos')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('hackfest_id', 'text', (col) => col.notNull().references('hackfests.id'))
    .addColumn('owner_id', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('team_ids', 'text', (col) => col.notNull())
    .addColumn('length_ms', 'bigint', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'bigint', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('demos_by_hackfest').on('demos').columns(['hackfest_id', 'seq']).execute();
  // Who presents what, looked up by hackfest and person to keep people to one demo each (unless allowed more).
  await db.schema
    .createTable('demo_presenters')
    .addColumn('hackfest_id', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.notNull())
    .addColumn('demo_id', 'text', (col) => col.notNull().references('demos.id'))
    .addPrimaryKeyConstraint('demo_presenters_key', ['demo_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('demo_presenters_by_person')
    .on('demo_presenters')
    .columns(['hackfest_id', 'user_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('demo_presenters').execute();
  await db.schema.dropTable('demos').execute();
  await db.schema.alterTable('hackfests').dropColumn('one_demo_each').execute();
  await db.schema.alterTable('hackfests').dropColumn('signups_reopened').execute();
}
