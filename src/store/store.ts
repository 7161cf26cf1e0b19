import { type Kysely, sql } from 'kysely';
import type { Clock, Repositories, Store } from '../ports.ts';
import type { Connection, Engine } from './connect.ts';
import { demosRepository } from './demos.ts';
import { dueJobClaims, dueJobsRepository } from './dueJobs.ts';
import { feedbackRepository } from './feedback.ts';
import { hackfestsRepository } from './hackfests.ts';
import { homeViewersRepository } from './homeViewers.ts';
import { proposalsRepository } from './proposals.ts';
import type { Schema } from './schema.ts';
import { seriesRepository } from './series.ts';
import { showsRepository } from './shows.ts';

function repositories(
  db: Kysely<Schema>,
  engine: Engine,
  clock: Clock,
  onJobScheduled: (dueAt: number) => void,
): Repositories {
  return {
    dueJobs: dueJobsRepository(db, clock, onJobScheduled),
    hackfests: hackfestsRepository(db, engine, clock),
    demos: demosRepository(db, clock),
    shows: showsRepository(db, clock),
    series: seriesRepository(db, engine, clock),
    proposals: proposalsRepository(db, engine, clock),
    feedback: feedbackRepository(db),
    homeViewers: homeViewersRepository(db),
  };
}

/**
 * The Store port over Kysely. `onJobScheduled` hears of every job scheduled in this process once it is
 * committed, so the local scheduler can wake early; other processes find it when they poll.
 */
export function createStore(
  { db, engine }: Connection,
  clock: Clock,
  onJobScheduled: (dueAt: number) => void = () => {},
): Store {
  return {
    ...repositories(db, engine, clock, onJobScheduled),
    async transaction<T>(work: (repositories: Repositories) => Promise<T>): Promise<T> {
      const scheduled: number[] = [];
      const result = await db
        .transaction()
        .execute((trx) => work(repositories(trx, engine, clock, (dueAt) => scheduled.push(dueAt))));
      for (const dueAt of scheduled) onJobScheduled(dueAt);
      return result;
    },
    dueJobClaims: dueJobClaims(db, engine),
    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
    close: () => db.destroy(),
  };
}
