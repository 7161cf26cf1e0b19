import { describe, expect, it } from 'vitest';
import { REMINDER_JOB, reminderKey } from '../../src/domain/reminders.ts';
import type { Store } from '../../src/ports.ts';
import { connect, migrate } from '../../src/store/connect.ts';
import { createStore } from '../../src/store/store.ts';
import { useAppProcesses } from '../support/appProcesses.ts';
import { aHackfest } from '../support/builders.ts';
import { engines } from '../support/databases.ts';
import { eventually } from '../support/eventually.ts';

const postgres = engines.find((engine) => engine.name === 'postgres');
const CHANNELS = 50;
const HACKFESTS_PER_CHANNEL = 4;
const KINDS = ['week-before', 'day-before', 'hour-before', 'starting', 'signups-closing'] as const;
const systemClock = { now: () => Date.now() };

/** 200 hackfests starting in an hour, across 50 channels, each with 5 channel reminders due now: 1,000 in all. */
async function seedDueReminders(store: Store): Promise<number> {
  const now = Date.now();
  const startsAt = now + 3_600_000;
  let count = 0;
  await store.transaction(async ({ hackfests, dueJobs }) => {
    for (let channel = 0; channel < CHANNELS; channel++) {
      for (let index = 0; index < HACKFESTS_PER_CHANNEL; index++) {
        const hackfest = aHackfest({
          id: `hf-${channel}-${index}`,
          channelId: `C${channel}`,
          startsAt,
          // Before the start, so that "sign-ups closing" is not left out as due with the day-before.
          signupDeadline: startsAt - 60_000,
        });
        await hackfests.add(hackfest);
        for (const kind of KINDS) {
          await dueJobs.schedule({
            kind: REMINDER_JOB,
            key: reminderKey(kind, hackfest),
            dueAt: now,
            payload: { hackfestId: hackfest.id, kind, startsAt },
          });
          count++;
        }
      }
    }
  });
  return count;
}

describe('a burst of due reminders', () => {
  const harness = useAppProcesses('burst');

  /** How many times each tagged reminder was posted. */
  const postsPerReminder = () => {
    const counts = new Map<string, number>();
    for (const call of harness.slack.callsTo('chat.postMessage')) {
      const id = (call.args.metadata as { event_payload?: { post_id?: string } } | undefined)?.event_payload?.post_id;
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };

  it.skipIf(!postgres)(
    'when two processes drain 1,000 due reminders across 50 channels, and one is killed mid-burst, then each is posted exactly once',
    { timeout: 240_000 },
    async () => {
      if (!postgres) throw new Error('unreachable: skipped without PostgreSQL');
      const { database, drop } = await postgres.create();
      if (database.engine !== 'postgres') throw new Error('expected PostgreSQL');
      const connection = connect(database);
      await migrate(connection);
      const store = createStore(connection, systemClock);
      try {
        const seeded = await seedDueReminders(store);
        const { app: doomed } = await harness.launch({ DATABASE_URL: database.url });
        await harness.launch({ DATABASE_URL: database.url });

        await eventually(
          () => postsPerReminder().size,
          (posted) => posted >= 100,
          60_000,
        );
        doomed.kill('SIGKILL');
        await doomed.exit();
        await harness.launch({ DATABASE_URL: database.url });
        const pending = () => store.dueJobClaims.nextWakeAt();
        await eventually(pending, (next) => next === undefined, 180_000);

        const counts = postsPerReminder();
        expect(counts.size).toBe(seeded);
        expect([...counts.values()].filter((times) => times !== 1)).toEqual([]);
      } finally {
        await store.close();
        await drop();
      }
    },
  );
});
