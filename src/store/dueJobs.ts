import { randomUUID } from 'node:crypto';
import { type ExpressionBuilder, type Kysely, type Selectable, sql } from 'kysely';
import type { Clock, DueJob, DueJobClaims, DueJobs } from '../ports.ts';
import type { Engine } from './connect.ts';
import type { DueJobsTable, Schema } from './schema.ts';

export function dueJobsRepository(db: Kysely<Schema>, clock: Clock, scheduled: (dueAt: number) => void): DueJobs {
  return {
    async schedule(jobs) {
      const rows = [jobs].flat().map(({ kind, dueAt, payload, key }) => ({
        id: randomUUID(),
        key: key ?? null,
        created_at: clock.now(),
        kind,
        due_at: dueAt,
        payload: JSON.stringify(payload),
      }));
      // One statement may not touch a row twice (PostgreSQL refuses it): of jobs sharing a key, the last one counts.
      const lastPerKey = [...new Map(rows.map((row) => [row.key ?? row.id, row])).values()];
      if (lastPerKey.length === 0) return;
      await db
        .insertInto('due_jobs')
        .values(lastPerKey)
        // Scheduling a pending key again moves it (and voids a claim in progress, whose completion then no longer
        // counts); a key whose job is done stays done, so every process may schedule the same key and it runs once.
        .onConflict((conflict) =>
          conflict
            .column('key')
            .doUpdateSet((eb) => ({
              kind: eb.ref('excluded.kind'),
              due_at: eb.ref('excluded.due_at'),
              payload: eb.ref('excluded.payload'),
              attempts: 0,
              lease_owner: null,
              lease_until: null,
              last_error: null,
            }))
            .where('due_jobs.done_at', 'is', null),
        )
        .execute();
      scheduled(Math.min(...lastPerKey.map((row) => row.due_at)));
    },
    async cancel(key) {
      await db.deleteFrom('due_jobs').where('key', '=', key).where('done_at', 'is', null).execute();
    },
  };
}

export function dueJobClaims(db: Kysely<Schema>, engine: Engine): DueJobClaims {
  const claimable = (now: number) => (eb: ExpressionBuilder<Schema, 'due_jobs'>) =>
    eb.and([
      eb('done_at', 'is', null),
      eb('due_at', '<=', now),
      eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]),
    ]);
  const leasedBy = (id: string, owner: string) =>
    db.updateTable('due_jobs').where('id', '=', id).where('lease_owner', '=', owner).where('done_at', 'is', null);

  return {
    async claim({ now, owner, leaseMs, limit }) {
      // One statement: SQLite runs it under its single writer lock; on PostgreSQL SKIP LOCKED lets claimers pass each
      // other, and the outer condition is re-checked on the locked row, so no job is won twice. The candidates are
      // a materialized CTE: as an IN subquery PostgreSQL may run the LIMIT more than once and claim more than asked.
      const rows = await db
        .with(
          (cte) => cte('candidates').materialized(),
          (query) =>
            query
              .selectFrom('due_jobs')
              .select('id')
              .where(claimable(now))
              .orderBy('due_at')
              .orderBy('id')
              .limit(limit)
              .$if(engine === 'postgres', (candidates) => candidates.forUpdate().skipLocked()),
        )
        .updateTable('due_jobs')
        .set((eb) => ({ lease_owner: owner, lease_until: now + leaseMs, attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', (eb) => eb.selectFrom('candidates').select('id'))
        .where(claimable(now))
        .returningAll()
        .execute();
      return rows.map(toDueJob).sort((a, b) => a.dueAt - b.dueAt);
    },
    async complete(id, owner, now) {
      await leasedBy(id, owner).set({ done_at: now, lease_until: null }).execute();
    },
    async retry(id, owner, retryAt, error) {
      await leasedBy(id, owner)
        .set({ due_at: retryAt, lease_owner: null, lease_until: null, last_error: error })
        .execute();
    },
    async abandon(id, owner, now, error) {
      await leasedBy(id, owner).set({ done_at: now, lease_until: null, last_error: error }).execute();
    },
    async release(ids, owner) {
      if (ids.length === 0) return;
      await db
        .updateTable('due_jobs')
        .set((eb) => ({ lease_owner: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
        .where('id', 'in', ids)
        .where('lease_owner', '=', owner)
        .where('done_at', 'is', null)
        .execute();
    },
    async postpone(id, owner, dueAt) {
      await leasedBy(id, owner)
        .set((eb) => ({ due_at: dueAt, lease_owner: null, lease_until: null, attempts: eb('attempts', '-', 1) }))
        .execute();
    },
    async nextWakeAt() {
      const { next } = await db
        .selectFrom('due_jobs')
        .select(sql<number | null>`min(case when lease_until > due_at then lease_until else due_at end)`.as('next'))
        .where('done_at', 'is', null)
        .executeTakeFirstOrThrow();
      return next === null ? undefined : Number(next);
    },
  };
}

function toDueJob(row: Selectable<DueJobsTable>): DueJob {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    dueAt: Number(row.due_at),
    payload: JSON.parse(row.payload),
    attempts: row.attempts,
  };
}
