import type { Kysely } from 'kysely';

/** Which series carries on a series' later dates after they were moved "from this date on". */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('series').addColumn('continued_by', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('series').dropColumn('continued_by').execute();
}
