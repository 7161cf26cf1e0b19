import type { Kysely } from 'kysely';

/** Where the channel's feedback prompt was posted, so it can say feedback closed (or when it now closes). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feedback_windows').addColumn('prompt_ts', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feedback_windows').dropColumn('prompt_ts').execute();
}
