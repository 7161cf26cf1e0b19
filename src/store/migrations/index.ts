import type { Migration } from 'kysely/migration';
import * as dueJobs from './001_due_jobs.ts';

/** Every migration, in order. Both engines run the same set. */
export const migrations: Record<string, Migration> = {
  '001_due_jobs': dueJobs,
};
