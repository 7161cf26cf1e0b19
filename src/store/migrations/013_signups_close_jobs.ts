import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';

/** The kind and key of the job that redraws an announcement when sign-ups close, as `planHackfestJobs` plans it. */
const KIND = 'signups-close';
const ROWS_PER_INSERT = 500;

/**
 * Hackfests planned before the announcement was redrawn when sign-ups close get those jobs now: at their deadline
 * (at the latest the start) and at their end, where still to come. Jobs already planned are left as they are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const now = Date.now();
  const { rows } = await sql<{ id: string; starts_at: unknown; duration_ms: unknown; signup_deadline: unknown }>`
    select id, starts_at, duration_ms, signup_deadline from hackfests where status = 'scheduled'`.execute(db);
  const jobs = rows.flatMap((row) => {
    const startsAt = Number(row.starts_at);
    const times = [Math.min(Number(row.signup_deadline), startsAt), startsAt + Number(row.duration_ms)];
    return times
      .filter((dueAt) => dueAt > now)
      .map((dueAt) => ({
        id: randomUUID(),
        kind: KIND,
        key: `${KIND}:${row.id}:${dueAt}`,
        due_at: dueAt,
        payload: JSON.stringify({ hackfestId: row.id }),
        created_at: now,
      }));
  });
  for (let from = 0; from < jobs.length; from += ROWS_PER_INSERT) {
    await (db as Kysely<{ due_jobs: (typeof jobs)[number] }>)
      .insertInto('due_jobs')
      .values(jobs.slice(from, from + ROWS_PER_INSERT))
      .onConflict((conflict) => conflict.column('key').doNothing())
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from due_jobs where kind = ${KIND} and done_at is null`.execute(db);
}
