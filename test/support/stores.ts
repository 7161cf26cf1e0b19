import type { Clock, Store } from '../../src/ports.ts';
import { connect, migrate } from '../../src/store/connect.ts';
import { createStore } from '../../src/store/store.ts';
import type { Engine } from './databases.ts';

export type TestStore = {
  store: Store;
  /** Another connection to the same database; `onJobScheduled` hears of jobs scheduled through it. */
  reopen(onJobScheduled?: (dueAt: number) => void): Promise<Store>;
  drop(): Promise<void>;
};

/** A migrated store on a fresh database; `reopen` gives another connection to the same database. */
export async function createTestStore(engine: Engine, clock: Clock): Promise<TestStore> {
  const { database, drop } = await engine.create();
  const opened: Store[] = [];
  const open = async (onJobScheduled?: (dueAt: number) => void) => {
    const connection = connect(database);
    await migrate(connection);
    const store = createStore(connection, clock, onJobScheduled);
    opened.push(store);
    return store;
  };
  const store = await open();
  return {
    store,
    reopen: (onJobScheduled) => open(onJobScheduled),
    async drop() {
      await Promise.all(opened.map((each) => each.close()));
      await drop();
    },
  };
}
