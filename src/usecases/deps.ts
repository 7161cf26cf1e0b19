import type { Announcer, Clock, People, Store } from '../ports.ts';

/** What every use case may reach: all of it through ports. */
export type Deps = {
  store: Store;
  people: People;
  announcer: Announcer;
  clock: Clock;
  newId: () => string;
};
