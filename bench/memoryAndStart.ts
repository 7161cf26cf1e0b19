import { setTimeout as sleep } from 'node:timers/promises';
import { createBench, type Mode } from './support/apps.ts';
import { benchEngines, type EngineName } from './support/databases.ts';
import { helpCommand, scheduleHackfest } from './support/hackfestFlows.ts';
import { signUpCrowd } from './support/signUpCrowd.ts';
import { median, ms } from './support/stats.ts';
import type { Row, Table } from './support/table.ts';

const COLD_STARTS = 5;
const MODES: Mode[] = ['http', 'socket'];
/** How long the process is left alone before its memory is read. */
const SETTLE_MS = 5_000;
const CROWD = 500;
const HELP_AT_ONCE = 200;

type Subject = 'bare' | EngineName;
const label = (subject: Subject) => (subject === 'bare' ? 'bare Bolt' : `hackfest (${subject})`);

/** Spawn to the ready log line, each time in a fresh directory with a fresh database (migrations included). */
async function coldStarts(mode: Mode, subject: Subject): Promise<Row> {
  const times: number[] = [];
  for (let run = 0; run < COLD_STARTS; run++) {
    const bench = await createBench(mode, subject === 'bare' ? 'sqlite' : subject);
    try {
      times.push((await bench.start(subject === 'bare' ? 'bare' : 'hackfest')).readyMs);
    } finally {
      await bench.close();
    }
  }
  return { mode, app: label(subject), 'median ms': ms(median(times)), 'max ms': ms(Math.max(...times)) };
}

/** RSS when idle, then after a crowd of sign-ups and a burst of help commands, and the peak (HTTP mode). */
async function memory(subject: Subject): Promise<Row> {
  const bench = await createBench('http', subject === 'bare' ? 'sqlite' : subject);
  try {
    const app = await bench.start(subject === 'bare' ? 'bare' : 'hackfest');
    await sleep(SETTLE_MS);
    const idle = app.process.memory();
    const hackfestId =
      subject === 'bare'
        ? 'no-hackfest'
        : await scheduleHackfest(bench, app, { channelId: 'C111', slots: 100, demo: '5m' });
    await signUpCrowd(bench, app, { hackfestId, people: CROWD, withinMs: 1_000 });
    await Promise.all(
      Array.from({ length: HELP_AT_ONCE }, (_, i) => app.deliver('command', helpCommand(bench, `U${9_000 + i}`))),
    );
    await sleep(SETTLE_MS);
    const loaded = app.process.memory();
    return {
      app: label(subject),
      'RSS idle MiB': idle.rssMiB.toFixed(0),
      'RSS after load MiB': loaded.rssMiB.toFixed(0),
      'peak RSS MiB': loaded.peakMiB.toFixed(0),
    };
  } finally {
    await bench.close();
  }
}

/** e. What the process costs: time from spawn to ready, and resident memory idle and after load. */
export async function memoryAndStart(): Promise<Table[]> {
  const subjects: Subject[] = ['bare', ...benchEngines];
  const starts: Row[] = [];
  for (const mode of MODES) for (const subject of subjects) starts.push(await coldStarts(mode, subject));
  const memories: Row[] = [];
  for (const subject of subjects) memories.push(await memory(subject));
  return [
    { title: `e. Cold start to ready (${COLD_STARTS} starts each, fresh database)`, rows: starts },
    {
      title: 'e. Memory (HTTP mode, Linux /proc)',
      rows: memories,
      note: `Load: ${CROWD} people sign up within 1 s (click and modal), then ${HELP_AT_ONCE} /hackfest help at once; read ${SETTLE_MS / 1000} s after.`,
    },
  ];
}
