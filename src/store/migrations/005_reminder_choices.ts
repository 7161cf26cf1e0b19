import type { Kysely } from 'kysely';

const ALL = JSON.stringify(['week-before', 'signups-closing', 'day-before', 'hour-before', 'starting', 'presenters']);

/** Which reminders each hackfest (and each series, for its occurrences) gets; every one by default. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('hackfests')
    .addColumn('reminders', 'text', (col) => col.notNull().defaultTo(ALL))
    .execute();
  await db.schema
    .alterTable('series')
    .addColumn('reminders', 'text', (col) => col.notNull().defaultTo(ALL))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('series').dropColumn('reminders').execute();
  await db.schema.alterTable('hackfests').dropColumn('reminders').execute();
}
