import { type Kysely, sql } from 'kysely';

/** A hackfest whose show has ended took place: those that ended before the app marked them so become `held`. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update hackfests set status = 'held' where status = 'scheduled' and id in (select hackfest_id from shows where state like ${'%"status":"ended"%'})`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`update hackfests set status = 'scheduled' where status = 'held'`.execute(db);
}
