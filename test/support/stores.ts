import type { Clock, Store } from '../../src/ports.ts';
import { connect, migrate } from '../../src/store/connect.ts';
import { createStore } from '../../src/store/store.ts';
import type { Engine } from './databases.ts';

export type TestStore = { store: Store; reopen(): Promise<Store>; drop(): Promise<void> };

/** A migrated store on a fresh database; `reopen` gives another connection to the same database. */
export async function createTestStore(engine: Engine, clock: Clock): Promise<TestStore> {
  const { database, drop } = await engine.create();
  const opened: Store[] = [];
  const open = async () => {
    const connection = connect(database);
    await migrate(connection);
    const store = createStore(connection, clock);
    opened.push(store);
    return store;
  };
  const store = await open();
  return {
    store,
    reopen: open,
    async drop() {
      await Promise.all(opened.map((each) => each.close()));
      await drop();
    },
  };
}
