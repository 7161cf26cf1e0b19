import { REMINDER_JOB, reminderKey } from '../src/domain/reminders.ts';
import { connect, migrate } from '../src/store/connect.ts';
import { createStore } from '../src/store/store.ts';
import { aHackfest } from '../test/support/builders.ts';
import type { ApiCall } from '../test/support/fakeSlack/index.ts';
import { type Bench, createBench } from './support/apps.ts';
import { benchEngines, type EngineName } from './support/databases.ts';
import { mostInWindow, seconds, shortestGap } from './support/stats.ts';
import type { Row, Table } from './support/table.ts';

const CHANNELS = 50;
const HACKFESTS_PER_CHANNEL = 4;
const KINDS = ['week-before', 'day-before', 'hour-before', 'starting', 'signups-closing'] as const;
const REMINDERS = CHANNELS * HACKFESTS_PER_CHANNEL * KINDS.length;
/** A run that has not drained by then reports how far it got. */
const DRAIN_TIMEOUT_MS = 120_000;

/** 200 hackfests starting in an hour, 4 in each of 50 channels, each with 5 channel reminders due now: 1,000. */
async function seedDueReminders(bench: Bench): Promise<void> {
  const connection = connect(bench.database);
  await migrate(connection);
  const store = createStore(connection, { now: () => Date.now() });
  const startsAt = Date.now() + 3_600_000;
  await store.transaction(async ({ hackfests, dueJobs }) => {
    for (let channel = 0; channel < CHANNELS; channel++) {
      for (let index = 0; index < HACKFESTS_PER_CHANNEL; index++) {
        const hackfest = aHackfest({ id: `hf-${channel}-${index}`, channelId: `C${channel}`, startsAt });
        // Sign-ups close before the start, so "sign-ups closing" is not folded into the day-before reminder.
        await hackfests.add({ ...hackfest, signupDeadline: startsAt - 1_800_000 });
        for (const kind of KINDS) {
          const payload = { hackfestId: hackfest.id, kind, startsAt };
          await dueJobs.schedule({ kind: REMINDER_JOB, key: reminderKey(kind, hackfest), dueAt: Date.now(), payload });
        }
      }
    }
  });
  await store.close();
}

const postIdOf = (call: ApiCall) =>
  (call.args.metadata as { event_payload?: { post_id?: string } } | undefined)?.event_payload?.post_id;

async function drain(engine: EngineName): Promise<Row> {
  const bench = await createBench('http', engine);
  try {
    await seedDueReminders(bench);
    const startedAt = Date.now();
    await bench.start();
    const reminders = () => bench.slack.callsTo('chat.postMessage').filter((call) => postIdOf(call) !== undefined);
    const distinct = () => new Set(reminders().map(postIdOf)).size;
    await bench.slack
      .waitFor('chat.postMessage', () => distinct() >= REMINDERS, DRAIN_TIMEOUT_MS)
      .catch(() => undefined);
    const posts = reminders();
    const lastAt = Math.max(...posts.map((call) => call.at));
    const perChannel = Map.groupBy(posts, (call) => String(call.args.channel));
    const channelTimes = [...perChannel.values()].map((calls) => calls.map((call) => call.at));
    const drainedMs = lastAt - startedAt;
    return {
      engine,
      posted: `${distinct()}/${REMINDERS}`,
      'posted twice': posts.length - distinct(),
      'drained in s': distinct() >= REMINDERS ? seconds(drainedMs) : `not in ${DRAIN_TIMEOUT_MS / 1000}`,
      'posts per s': (distinct() / (drainedMs / 1000)).toFixed(1),
      'most posts to one channel in 1 s': Math.max(...channelTimes.map((times) => mostInWindow(times, 1_000))),
      'shortest gap in one channel ms': Math.min(...channelTimes.map(shortestGap)),
    };
  } finally {
    await bench.close();
  }
}

/** d. A backlog of due reminders drains steadily, once each, at Slack's pace of about one post a second per channel. */
export async function reminderThroughput(): Promise<Table[]> {
  const rows: Row[] = [];
  for (const engine of benchEngines) rows.push(await drain(engine));
  return [
    {
      title: `d. Reminder throughput: ${REMINDERS} reminders due at once across ${CHANNELS} channels (one process)`,
      rows,
      note:
        `Counted from the spawn of the process to the last reminder post. At one post a second per channel, ` +
        `${REMINDERS / CHANNELS} posts per channel cannot drain in less than about ${REMINDERS / CHANNELS - 1} s.`,
    },
  ];
}
