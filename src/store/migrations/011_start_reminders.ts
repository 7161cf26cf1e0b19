import type { Kysely } from 'kysely';

/** Where the "is starting now" reminder was posted, so it can drop its Start button once the show has started. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hackfests').addColumn('start_reminder_ts', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('hackfests').dropColumn('start_reminder_ts').execute();
}
