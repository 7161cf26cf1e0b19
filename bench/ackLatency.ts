import { setTimeout as sleep } from 'node:timers/promises';
import type { AppRequestKind, FakeSlack } from '../test/support/fakeSlack/index.ts';
import { type Bench, createBench, type Mode, type RunningApp } from './support/apps.ts';
import { benchEngines } from './support/databases.ts';
import { demoSubmission, helpCommand, scheduleHackfest, signUpClick } from './support/hackfestFlows.ts';
import { ms, percentile } from './support/stats.ts';
import type { Row, Table } from './support/table.ts';

/** Requests sent at once per kind, after a warm-up of a few, as a crowd reacting to one message would. */
const AT_ONCE = 200;
/** Bursts per kind and start of an app, pooled over the cycles: one burst on a small machine is noisy. */
const ROUNDS = 2;
/**
 * Each app is started this many times, taking turns (bare, SQLite, PostgreSQL, bare, …), so that a slow spell of
 * a shared machine falls on all of them alike instead of on whichever ran then.
 */
const CYCLES = 3;
/** Sent one at a time first, so that both apps are measured warm (compiled, their heaps past start-up). */
const WARM_UP = 100;
const MODES: Mode[] = ['http', 'socket'];
/** The promise: p99 within 1.5× of a Bolt app that only acks. */
const TARGET_RATIO = 1.5;

type RequestKind = { name: string; kind: AppRequestKind; payload(userId: string): object };

const requestKinds = (bench: Bench, hackfestId: string): RequestKind[] => [
  { name: '/hackfest help', kind: 'command', payload: (userId) => helpCommand(bench, userId) },
  { name: 'Sign up click', kind: 'interactive', payload: (userId) => signUpClick(bench, hackfestId, userId) },
  { name: 'sign-up modal submit', kind: 'interactive', payload: (userId) => demoSubmission(hackfestId, userId) },
];

type Latencies = { name: string; ms: number[]; failed: number };

/** How long the app must make no Web API call before a burst: the work of the requests before is done. */
const SETTLED_AFTER_MS = 300;

/**
 * Resolves once the app has made no Web API call for SETTLED_AFTER_MS, so that each burst meets an idle app, as a
 * crowd reacting to one message does (the bare app makes no calls). A burst on top of the previous one's follow-up
 * work is what benchmark b measures.
 */
async function settled(slack: FakeSlack): Promise<void> {
  let seen = -1;
  while (seen !== slack.calls.length) {
    seen = slack.calls.length;
    await sleep(SETTLED_AFTER_MS);
  }
}

/**
 * Each kind: a warm-up, then ROUNDS bursts of AT_ONCE requests from different people at once, each once the app has
 * settled; ack times in ms.
 */
async function measure(app: RunningApp, slack: FakeSlack, kinds: RequestKind[]): Promise<Latencies[]> {
  let lastUser = 100_000;
  const people = (count: number) => Array.from({ length: count }, () => `U${++lastUser}`);
  const results: Latencies[] = [];
  for (const { name, kind, payload } of kinds) {
    for (const userId of people(WARM_UP)) await app.deliver(kind, payload(userId));
    const latencies: Latencies = { name, ms: [], failed: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      await settled(slack);
      const payloads = people(AT_ONCE).map(payload);
      const acks = await Promise.all(payloads.map((each) => app.deliver(kind, each)));
      for (const ack of acks) {
        if (ack.ok) latencies.ms.push(ack.ms);
        else latencies.failed++;
      }
    }
    results.push(latencies);
  }
  return results;
}

async function measureApp(mode: Mode, engine: 'bare' | (typeof benchEngines)[number]): Promise<Latencies[]> {
  const bench = await createBench(mode, engine === 'bare' ? 'sqlite' : engine);
  try {
    if (engine === 'bare')
      return await measure(await bench.start('bare'), bench.slack, requestKinds(bench, 'no-hackfest'));
    const app = await bench.start();
    const hackfestId = await scheduleHackfest(bench, app, { channelId: 'C111', slots: 100, demo: '5m' });
    return await measure(app, bench.slack, requestKinds(bench, hackfestId));
  } finally {
    await bench.close();
  }
}

/** a. Ack latency of the commonest requests, 200 at once, against a bare Bolt app in the same mode. */
export async function ackLatency(): Promise<Table[]> {
  const rows: Row[] = [];
  const engines = ['bare', ...benchEngines] as const;
  for (const mode of MODES) {
    const pooled = new Map<(typeof engines)[number], Latencies[]>();
    for (let cycle = 0; cycle < CYCLES; cycle++)
      for (const engine of engines) {
        const measured = await measureApp(mode, engine);
        const sofar = pooled.get(engine) ?? [];
        pooled.set(
          engine,
          measured.map((each, index) => ({
            name: each.name,
            ms: [...(sofar[index]?.ms ?? []), ...each.ms],
            failed: (sofar[index]?.failed ?? 0) + each.failed,
          })),
        );
      }
    const floor = pooled.get('bare') ?? [];
    for (const engine of engines) {
      for (const [index, { name, ms: latencies, failed }] of (pooled.get(engine) ?? []).entries()) {
        const p99 = percentile(latencies, 99);
        const ratio = p99 / percentile(floor[index]?.ms ?? [], 99);
        rows.push({
          mode,
          app: engine === 'bare' ? 'bare Bolt' : `hackfest (${engine})`,
          request: name,
          'p50 ms': ms(percentile(latencies, 50)),
          'p95 ms': ms(percentile(latencies, 95)),
          'p99 ms': ms(p99),
          'max ms': ms(Math.max(...latencies)),
          failed,
          'p99 ÷ bare': engine === 'bare' ? '1.00' : `${ratio.toFixed(2)} ${ratio <= TARGET_RATIO ? '✓' : '✗'}`,
        });
      }
    }
  }
  return [
    {
      title: `a. Ack latency: ${CYCLES * ROUNDS} bursts of ${AT_ONCE} requests at once per kind (${CYCLES} starts of each app, taking turns, ${ROUNDS} bursts each after ${WARM_UP} warm-up requests)`,
      rows,
      note: `Target: p99 within ${TARGET_RATIO}× of the bare Bolt app in the same mode (✓ met, ✗ missed).`,
    },
  ];
}
