import { createBench } from './support/apps.ts';
import { benchEngines, type EngineName, withConnection } from './support/databases.ts';
import { demoSubmission, scheduleHackfest, startShowClick } from './support/hackfestFlows.ts';
import { ms, percentile } from './support/stats.ts';
import type { Row, Table } from './support/table.ts';

const SHOWS = 100;
/** The shortest demo a hackfest allows (LIMITS.minDemoMs): its gong is due a minute after the show starts. */
const DEMO = '1m';
const DEMO_MS = 60_000;
/** How long after the last gong was due a missing one counts as never rung. */
const GRACE_MS = 90_000;

const channelOf = (show: number) => `CGONG${show}`;
const isGong = (args: Record<string, unknown>) => JSON.stringify(args).includes('GONG!');
const isPresenting = (args: Record<string, unknown>) => JSON.stringify(args).includes('Now presenting');

/** 100 hackfests in 100 channels, one 1-minute demo each; all shows started at once; optionally a kill -9 mid-demo. */
async function gongs(engine: EngineName, restart: boolean): Promise<Row> {
  const bench = await createBench('http', engine);
  try {
    const app = await bench.start();
    const shows = Array.from({ length: SHOWS }, (_, show) => show);
    const hackfestIds: string[] = [];
    for (const show of shows)
      hackfestIds.push(await scheduleHackfest(bench, app, { channelId: channelOf(show), slots: 1, demo: DEMO }));
    // Each sign-up is made before it is acked.
    await Promise.all(
      hackfestIds.map((hackfestId, show) =>
        app.deliver('interactive', demoSubmission(hackfestId, `U${show + 1}`, DEMO)),
      ),
    );
    await Promise.all(
      hackfestIds.map((hackfestId, show) =>
        app.deliver('interactive', startShowClick(bench, hackfestId, channelOf(show))),
      ),
    );
    // A click is acked before its show starts: wait until every run-of-show message is up.
    const presenting = () => bench.slack.callsTo('chat.postMessage').filter((call) => isPresenting(call.args));
    await bench.slack.waitFor('chat.postMessage', () => presenting().length >= SHOWS, 30_000);
    if (restart) {
      await app.process.crash();
      await bench.start();
    }
    const rung = () => bench.slack.callsTo('chat.postMessage').filter((call) => isGong(call.args));
    await bench.slack
      .waitFor('chat.postMessage', (call) => isGong(call.args) && rung().length >= SHOWS, DEMO_MS + GRACE_MS)
      .catch(() => undefined);

    const due = await withConnection(bench.database, ({ db }) =>
      db.selectFrom('due_jobs').select(['payload', 'due_at']).where('kind', '=', 'show-gong').execute(),
    );
    const dueAt = new Map(due.map((job) => [JSON.parse(job.payload).hackfestId as string, job.due_at]));
    const posts = rung();
    const lateness = hackfestIds.flatMap((hackfestId, show) => {
      const first = posts.find((call) => call.args.channel === channelOf(show));
      const at = dueAt.get(hackfestId);
      return first && at !== undefined ? [first.at - at] : [];
    });
    return {
      engine,
      'kill -9 mid-demo': restart ? 'yes' : 'no',
      rung: `${new Set(posts.map((call) => call.args.channel)).size}/${SHOWS}`,
      'rung twice': posts.length - new Set(posts.map((call) => call.args.channel)).size,
      'late p50 ms': ms(percentile(lateness, 50)),
      'late p99 ms': ms(percentile(lateness, 99)),
      'late max ms': ms(Math.max(...lateness)),
    };
  } finally {
    await bench.close();
  }
}

/** c. The gong of 100 demos running at once rings on time, once, also when the process was killed mid-demo. */
export async function gongLateness(): Promise<Table[]> {
  const rows: Row[] = [];
  for (const engine of benchEngines) for (const restart of [false, true]) rows.push(await gongs(engine, restart));
  return [
    {
      title: `c. Gong lateness: ${SHOWS} shows started at once, a ${DEMO} demo each (HTTP mode)`,
      rows,
      note:
        "Late: from the gong job's due time (due_jobs) to the fake Slack receiving the GONG! post. With kill -9, the " +
        'process is killed right after the shows start and started again at once.',
    },
  ];
}
