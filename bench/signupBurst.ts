import { setTimeout as sleep } from 'node:timers/promises';
import { signedUpView } from '../test/support/forms.ts';
import { createBench } from './support/apps.ts';
import { benchEngines, type EngineName, withConnection } from './support/databases.ts';
import { scheduleHackfest } from './support/hackfestFlows.ts';
import { signUpCrowd } from './support/signUpCrowd.ts';
import { mostInWindow, ms, percentile, seconds, shortestGap } from './support/stats.ts';
import type { Row, Table } from './support/table.ts';

const PEOPLE = 500;
const WITHIN_MS = 1_000;
const SLOTS = 100;
const CHANNEL = 'CBURST';
/** How long the board may take to show everyone before the run counts it as never. */
const BOARD_TIMEOUT_MS = 120_000;
/** After the board shows everyone, how long to keep counting updates (a coalesced one may still be pending). */
const SETTLE_MS = 3_000;

async function burst(engine: EngineName): Promise<Row> {
  const bench = await createBench('http', engine);
  try {
    const app = await bench.start();
    const hackfestId = await scheduleHackfest(bench, app, { channelId: CHANNEL, slots: SLOTS, demo: '5m' });
    const { startedAt, clicks, submits } = await signUpCrowd(bench, app, {
      hackfestId,
      people: PEOPLE,
      withinMs: WITHIN_MS,
    });
    const showsEveryone = await bench.slack
      .waitFor(
        'chat.update',
        (call) => {
          const text = JSON.stringify(call.args);
          return text.includes(`${SLOTS}/${SLOTS} slots taken`) && text.includes(`Waitlist* (${PEOPLE - SLOTS})`);
        },
        BOARD_TIMEOUT_MS,
      )
      .catch(() => undefined);
    await sleep(SETTLE_MS);
    const updates = bench.slack
      .callsTo('chat.update')
      .filter((call) => call.args.channel === CHANNEL && call.at >= startedAt)
      .map((call) => call.at);
    const owners = await withConnection(bench.database, ({ db }) =>
      db.selectFrom('demos').select('owner_id').where('hackfest_id', '=', hackfestId).execute(),
    );
    const people = new Set(owners.map((row) => row.owner_id));
    const acks = [...clicks, ...submits];
    const acked = acks.filter((ack) => ack.ok).map((ack) => ack.ms);
    return {
      engine,
      kept: people.size,
      doubled: owners.length - people.size,
      'acks failed': acks.length - acked.length,
      'acks over 3 s': acked.filter((each) => each > 3_000).length,
      'ack p99 ms': ms(percentile(acked, 99)),
      'board shows all after s': showsEveryone ? seconds(showsEveryone.at - startedAt) : 'never',
      'chat.update calls': updates.length,
      'most updates in 1 s': mostInWindow(updates, 1_000),
      'shortest gap ms': shortestGap(updates),
      confirmations: submits.filter((ack) => signedUpView(ack) !== undefined).length,
    };
  } finally {
    await bench.close();
  }
}

/** b. A crowd signs up at once: nothing acknowledged is lost or doubled, and the board keeps up within rate limits. */
export async function signupBurst(): Promise<Table[]> {
  const rows: Row[] = [];
  for (const engine of benchEngines) rows.push(await burst(engine));
  return [
    {
      title: `b. ${PEOPLE} people click "Sign up to demo" and submit the modal within ${WITHIN_MS / 1000} s (HTTP mode, ${SLOTS} slots)`,
      rows,
      note:
        `kept: people with a demo in the database (all ${PEOPLE} expected); doubled: extra demos of one person (must be 0); ` +
        "confirmations: forms answered with the person's place; " +
        'the board is the announcement, counted from the first click; Slack allows about one chat.update a second per message.',
    },
  ];
}
