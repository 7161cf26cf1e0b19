import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, readLength } from '../../src/domain/duration.ts';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('reading a length people type', () => {
  it.each([
    ['90s', 90 * SECOND],
    ['5m', 5 * MINUTE],
    ['1h30m', HOUR + 30 * MINUTE],
    ['1h 30m', HOUR + 30 * MINUTE],
    ['3h', 3 * HOUR],
    ['2h15m30s', 2 * HOUR + 15 * MINUTE + 30 * SECOND],
    ['1d', DAY],
    ['1 day', DAY],
    ['2 days', 2 * DAY],
    ['45 min', 45 * MINUTE],
    ['1.5h', 90 * MINUTE],
    ['3H', 3 * HOUR],
    ['  2 Hours 30 Minutes ', 2 * HOUR + 30 * MINUTE],
  ])('when the text is %j, then it is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '   ', '0m', '0h 0m', '-5m', '5', 'm', 'soon', '5 parsecs', '3h slots', '30m 1h', '5m 5m'])(
    'when the text is %j, then it is not a length',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe('reading a length a text command then checks against its range', () => {
  it.each([
    ['0m', 0],
    ['0h 0m', 0],
    ['90s', 90 * SECOND],
  ])('when the text is %j, then it is %i ms', (text, ms) => {
    expect(readLength(text)).toBe(ms);
  });

  it.each(['', '-5m', '5', 'soon'])('when the text is %j, then it is not a length', (text) => {
    expect(readLength(text)).toBeUndefined();
  });
});

describe('writing a length for people', () => {
  it.each([
    [5 * MINUTE, '5m'],
    [90 * SECOND, '1m 30s'],
    [3 * HOUR, '3h'],
    [90 * MINUTE, '1h 30m'],
    [DAY, '1 day'],
    [2 * DAY, '2 days'],
    [DAY + 2 * HOUR, '1 day 2h'],
    [0, '0s'],
  ])('when the length is %i ms, then it reads %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('when a written length is read back, then it is the same length', () => {
    for (const ms of [90 * SECOND, 3 * HOUR, DAY + 2 * HOUR + 5 * MINUTE, 7 * DAY]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms);
    }
  });
});
