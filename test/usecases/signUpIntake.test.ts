import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignUpRequest } from '../../src/domain/signUps.ts';
import type { Store } from '../../src/ports.ts';
import type { Deps } from '../../src/usecases/deps.ts';
import { keyedQueue } from '../../src/usecases/keyedQueue.ts';
import { signUpIntake } from '../../src/usecases/signUpIntake.ts';
import { aHackfest } from '../support/builders.ts';
import { engines } from '../support/databases.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { createTestStore, type TestStore } from '../support/stores.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const winter = aHackfest({ id: 'hf-winter', slots: 2 });
const spring = aHackfest({ id: 'hf-spring', slots: 2 });
const form = (userId: string, hackfestId: string): SignUpRequest => ({
  userId,
  hackfestId,
  draft: { title: `Demo of ${userId}`, description: '', teamIds: [], lengthMs: 5 * 60_000 },
});
const placeOf = (outcome: Awaited<ReturnType<ReturnType<typeof signUpIntake>>>) =>
  outcome.ok ? `${outcome.place.onStage ? 'stage' : 'waitlist'} ${outcome.place.position}` : 'refused';

describe.each(engines)('sign-up forms arriving in a crowd, on $name', (engine) => {
  let testStore: TestStore;
  /** Transactions begun, and the hackfest whose lock fails (a deadlock, say), if any. */
  let transactions: number;
  let failing: string | undefined;
  /** The first transaction, held until released as a slow database would hold it. */
  let firstBegun: Promise<void>;
  let release: () => void;
  let intake: ReturnType<typeof signUpIntake>;

  beforeEach(async () => {
    const time = new FakeTime(NOW);
    testStore = await createTestStore(engine, time);
    const { store } = testStore;
    for (const hackfest of [winter, spring]) await store.hackfests.add(hackfest);
    transactions = 0;
    failing = undefined;
    let begun = () => {};
    firstBegun = new Promise((resolve) => {
      begun = resolve;
    });
    const firstHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const watched: Store = {
      ...store,
      async transaction(work) {
        if (++transactions === 1) {
          begun();
          await firstHeld;
        }
        return store.transaction((repositories) =>
          work({
            ...repositories,
            hackfests: {
              ...repositories.hackfests,
              lock: (id) =>
                id === failing ? Promise.reject(new Error('deadlock detected')) : repositories.hackfests.lock(id),
            },
          }),
        );
      },
    };
    let ids = 0;
    const deps = {
      store: watched,
      clock: time,
      newId: () => `demo-${++ids}`,
      oneAtATime: keyedQueue(),
      announcer: { refresh: () => {} },
      homes: { refresh: () => {} },
    } as unknown as Deps;
    intake = signUpIntake(deps);
  });
  afterEach(() => testStore.drop());

  it('when forms arrive while a batch is being made, then they wait and are made together, in order', async () => {
    const first = intake(form('U1', winter.id));
    await firstBegun;
    const later: ReturnType<typeof intake>[] = [];
    for (const userId of ['U2', 'U3', 'U4']) {
      later.push(intake(form(userId, winter.id)));
      await new Promise(setImmediate);
    }

    release();

    expect((await Promise.all([first, ...later])).map(placeOf)).toEqual([
      'stage 1',
      'stage 2',
      'waitlist 1',
      'waitlist 2',
    ]);
    expect(transactions).toBe(2);
  });

  it("when one hackfest's transaction fails, then only its forms get the error and the others are made", async () => {
    failing = spring.id;
    release();

    const [made, failed] = await Promise.allSettled([intake(form('U1', winter.id)), intake(form('U2', spring.id))]);

    expect(made).toMatchObject({ status: 'fulfilled', value: { ok: true, place: { onStage: true, position: 1 } } });
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'deadlock detected' } });
    expect(await testStore.store.demos.ofHackfest(winter.id)).toHaveLength(1);
    expect(await testStore.store.demos.ofHackfest(spring.id)).toEqual([]);
  });
});
