import { describe, expect, it } from 'vitest';
import { parseExtension } from '../../src/domain/extendText.ts';

describe('reading how much time /hackfest extend gives', () => {
  it.each([
    ['1m', 60_000],
    [' 90s ', 90_000],
    ['30m', 30 * 60_000],
  ])('when the text is %j, then it gives %i ms', (text, ms) => {
    expect(parseExtension(text)).toEqual({ ok: true, value: ms });
  });

  it.each([
    ['', 'Say how much time to add: 1 second to 30 minutes.'],
    ['0s', 'Extend by 1 second to 30 minutes.'],
    ['0m', 'Extend by 1 second to 30 minutes.'],
    ['31m', 'Extend by 1 second to 30 minutes.'],
    ['forever', '"forever" is not a length: extend by 1 second to 30 minutes, such as 1m or 90s.'],
  ])('when the text is %j, then it is refused with the range: %s', (text, message) => {
    expect(parseExtension(text)).toEqual({ ok: false, error: { part: 'duration', message, example: '1m' } });
  });

  it('when the text is thousands of characters long, then only its first 40 are quoted back', () => {
    const read = parseExtension('x'.repeat(3000));
    expect(read.ok ? undefined : read.error.message).toBe(
      `"${'x'.repeat(39)}…" is not a length: extend by 1 second to 30 minutes, such as 1m or 90s.`,
    );
  });
});
