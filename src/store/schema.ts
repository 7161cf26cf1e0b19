import type { Generated } from 'kysely';

/** Timestamps are epoch milliseconds (bigint columns) on both engines. */
export interface DueJobsTable {
  id: string;
  kind: string;
  /** Identifies the job to the use case that owns it (e.g. `gong:<demo>`), so it can be moved or cancelled. */
  key: string | null;
  due_at: number;
  payload: string;
  attempts: Generated<number>;
  lease_owner: string | null;
  lease_until: number | null;
  done_at: number | null;
  last_error: string | null;
  created_at: number;
}

export interface Schema {
  due_jobs: DueJobsTable;
}
