import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('logging', () => {
  it('when a secret appears anywhere in a log line, then it is redacted', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', secrets: ['my-signing-secret-1234'], destination });

    logger.info({ headers: { authorization: 'Bearer xoxb-123-456-abcdef' } }, 'calling Slack');
    logger.error({ err: new Error('connect failed: postgres://app:hunter22@db:5432/x') }, 'database down');
    logger.warn('signature computed with my-signing-secret-1234 and xapp-1-A1-2-def');

    const output = lines.join('');
    expect(output).not.toMatch(/xoxb-123|xapp-1-A1|hunter22|my-signing-secret-1234/);
    expect(output).toContain('Bearer [redacted]');
    expect(output).toContain('postgres://app:[redacted]@db:5432/x');
  });

  it('when LOG_LEVEL is warn, then info lines are not written', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'warn', secrets: [], destination });

    logger.info('chatty');
    logger.warn('worth knowing');

    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('worth knowing');
  });
});
