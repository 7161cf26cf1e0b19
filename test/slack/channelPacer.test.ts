import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channelPacer } from '../../src/slack/channelPacer.ts';

describe('pacing posts per channel', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-12-11T13:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('when five posts to one channel and one to another are due at once, then the first channel gets one a second', async () => {
    const pace = channelPacer(1_000);
    const posted: Array<[string, number]> = [];
    const post = (channel: string) => pace(channel, async () => void posted.push([channel, Date.now()]));

    const all = Promise.all([...Array.from({ length: 5 }, () => post('C1')), post('C2')]);
    await vi.advanceTimersByTimeAsync(5_000);
    await all;

    const start = Date.parse('2026-12-11T13:00:00Z');
    expect(posted.map(([channel, at]) => [channel, at - start])).toEqual([
      ['C1', 0],
      ['C2', 0],
      ['C1', 1_000],
      ['C1', 2_000],
      ['C1', 3_000],
      ['C1', 4_000],
    ]);
  });
});
