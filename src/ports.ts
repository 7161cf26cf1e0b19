/**
 * The interfaces the use cases and the scheduler need from the outside world. Adapters in store/ and slack/
 * implement them; tests may implement them too. Times are epoch milliseconds.
 */

export interface Clock {
  now(): number;
}

/** Work that must happen at a time, stored so that a restart loses nothing. */
export type DueJob = {
  id: string;
  kind: string;
  key: string | null;
  dueAt: number;
  payload: unknown;
  /** How many times the job has been claimed, this claim included. */
  attempts: number;
};

export type NewDueJob = {
  kind: string;
  dueAt: number;
  payload: unknown;
  /** With a key, scheduling again moves the pending job instead of adding another. */
  key?: string;
};

/** What a use case does with due work, inside its transaction. */
export interface DueJobs {
  schedule(job: NewDueJob): Promise<void>;
  /** Cancels the pending job with this key, if any. */
  cancel(key: string): Promise<void>;
}

/** What the scheduler does with due work: claims that two processes can never both win. */
export interface DueJobClaims {
  /** Leases up to `limit` jobs that are due and neither done nor leased to a live claimer. */
  claim(options: { now: number; owner: string; leaseMs: number; limit: number }): Promise<DueJob[]>;
  /** Marks a job done, if the lease is still this owner's. */
  complete(id: string, owner: string, now: number): Promise<void>;
  /** Gives the job back to run again at `retryAt`, recording why it failed. */
  retry(id: string, owner: string, retryAt: number, error: string): Promise<void>;
  /** Stops retrying a job that failed too often; it stays in the table with its last error. */
  abandon(id: string, owner: string, now: number, error: string): Promise<void>;
  /** Hands leased jobs back unclaimed (on shutdown), so another process runs them without waiting for the lease. */
  release(ids: readonly string[], owner: string): Promise<void>;
  /** When the next job becomes claimable: its due time, or the end of a lease still held. */
  nextWakeAt(): Promise<number | undefined>;
}

export interface Repositories {
  dueJobs: DueJobs;
}

/** The database: repositories, and a transaction in which a use case's changes land together or not at all. */
export interface Store extends Repositories {
  transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  dueJobClaims: DueJobClaims;
  /** True when the database answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
