import type { ShowState, Store } from '../ports.ts';

/** What the run-of-show message shows, read from the database. */
export async function showState(store: Store, hackfestId: string): Promise<ShowState | undefined> {
  const [hackfest, stored] = await Promise.all([store.hackfests.get(hackfestId), store.shows.get(hackfestId)]);
  if (!hackfest || !stored) return undefined;
  return { hackfest, stored, demos: await store.demos.ofHackfest(hackfestId) };
}
