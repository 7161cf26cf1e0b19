import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

export type AppProcess = {
  output: () => string;
  stderr: () => string;
  /** Resolves with the first output line matching, now or later; rejects if the process exits first. */
  line(pattern: RegExp): Promise<string>;
  exit(): Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
};

/** Runs the app as operators do: `node src/main.ts` with only the given environment, in the given directory. */
export function startAppProcess(env: Record<string, string>, cwd: string): AppProcess {
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += String(chunk);
    child.emit('output');
  });
  child.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  return {
    output: () => stdout,
    stderr: () => stderr,
    line(pattern) {
      return new Promise((resolve, reject) => {
        const look = () => {
          const match = stdout.split('\n').find((line) => pattern.test(line));
          if (!match) return;
          child.off('output', look);
          resolve(match);
        };
        child.on('output', look);
        look();
        void exited.then((code) => reject(new Error(`exited with ${code} before ${pattern}:\n${stdout}${stderr}`)));
      });
    },
    exit: () => exited,
    kill: (signal) => child.kill(signal),
  };
}
