import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotYetError } from '../../src/ports.ts';
import { channelPacer } from '../../src/slack/channelPacer.ts';

const START = Date.parse('2026-12-11T13:00:00Z');

describe('pacing posts per channel', () => {
  beforeEach(() => vi.useFakeTimers({ now: START }));
  afterEach(() => vi.useRealTimers());

  it('when five posts to one channel and one to another are due at once, then the first channel gets one a second', async () => {
    const pace = channelPacer(1_000, 10_000);
    const posted: Array<[string, number]> = [];
    const post = (channel: string) => pace(channel, async () => void posted.push([channel, Date.now()]));

    const all = Promise.all([...Array.from({ length: 5 }, () => post('C1')), post('C2')]);
    await vi.advanceTimersByTimeAsync(5_000);
    await all;

    expect(posted.map(([channel, at]) => [channel, at - START])).toEqual([
      ['C1', 0],
      ['C2', 0],
      ['C1', 1_000],
      ['C1', 2_000],
      ['C1', 3_000],
      ['C1', 4_000],
    ]);
  });

  it('when a post would wait longer than allowed, then it is not kept waiting but told when its turn comes', async () => {
    const pace = channelPacer(1_000, 2_000);
    const post = () => pace('C1', async () => 'posted');

    const first = [post(), post(), post()];
    const fourth = post();

    await expect(fourth).rejects.toEqual(new NotYetError(3_000));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await Promise.all(first)).toEqual(['posted', 'posted', 'posted']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await post()).toBe('posted');
  });
});
