import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export type NodeProcess = {
  /** Milliseconds from spawn until the first output line matching `pattern`; rejects if the process exits first. */
  line(pattern: RegExp): Promise<number>;
  /** Resident set size now and at its peak, in MiB, from /proc (Linux). */
  memory(): { rssMiB: number; peakMiB: number };
  /** Stops the process with SIGKILL, as a crash would, and waits for it to be gone. */
  crash(): Promise<void>;
  /** Asks the process to stop (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
};

/** Runs `node <script>` with only the given environment, in `cwd`, and watches its output lines. */
export function startNodeProcess(script: string, env: Record<string, string>, cwd: string): NodeProcess {
  const spawnedAt = performance.now();
  const child: ChildProcess = spawn(process.execPath, [script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen: Array<{ text: string; atMs: number }> = [];
  let partial = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    const lines = (partial + String(chunk)).split('\n');
    partial = lines.pop() ?? '';
    const atMs = performance.now() - spawnedAt;
    for (const text of lines) seen.push({ text, atMs });
    child.emit('lines');
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = once(child, 'exit');

  const statusKiB = (field: string) => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  };

  return {
    line(pattern) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const match = seen.find(({ text }) => pattern.test(text));
          if (!match) return;
          child.off('lines', look);
          resolve(match.atMs);
        };
        child.on('lines', look);
        look();
        void exited.then(([code]) => reject(new Error(`${script} exited with ${code} before ${pattern}:\n${stderr}`)));
      });
    },
    memory: () => ({ rssMiB: statusKiB('VmRSS') / 1024, peakMiB: statusKiB('VmHWM') / 1024 }),
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
