/**
 * Runs the benchmarks against the real app process and prints their tables as Markdown.
 * `npm run bench` runs them all; `npm run bench -- gong reminders` runs only those named.
 */
import { availableParallelism, cpus } from 'node:os';
import { ackLatency } from './ackLatency.ts';
import { gongLateness } from './gongLateness.ts';
import { homeRender } from './homeRender.ts';
import { memoryAndStart } from './memoryAndStart.ts';
import { reminderThroughput } from './reminderThroughput.ts';
import { signupBurst } from './signupBurst.ts';
import { benchEngines } from './support/databases.ts';
import { markdown, type Table } from './support/table.ts';

const BENCHMARKS: Record<string, () => Promise<Table[]>> = {
  ack: ackLatency,
  signups: signupBurst,
  gong: gongLateness,
  reminders: reminderThroughput,
  memory: memoryAndStart,
  home: homeRender,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHMARKS));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(BENCHMARKS).join(', ')}.`);
  process.exit(1);
}

console.log(
  `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ` +
    `engines: ${benchEngines.join(', ')}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const name of asked.length > 0 ? asked : Object.keys(BENCHMARKS)) {
  const startedAt = Date.now();
  for (const table of (await BENCHMARKS[name]?.()) ?? []) console.log(markdown(table));
  console.log(`(${name} took ${Math.round((Date.now() - startedAt) / 1000)} s)\n`);
}
