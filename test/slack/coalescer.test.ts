import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCoalescer } from '../../src/slack/coalescer.ts';

describe('coalescing message updates', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-23T09:00:00Z') }));
  afterEach(() => vi.useRealTimers());

  it('when ten changes come within a second, then the message is updated at once and once more a second later, showing the last state', async () => {
    const shown: number[] = [];
    let state = 0;
    const coalescer = createCoalescer(1_000, () => {});
    const update = async () => {
      shown.push(state);
    };

    for (let change = 1; change <= 10; change++) {
      state = change;
      coalescer.request('message-1', update);
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(1_000);

    expect(shown).toEqual([1, 10]);
  });

  it('when two messages change, then each has its own pace', async () => {
    const runs: string[] = [];
    const coalescer = createCoalescer(1_000, () => {});

    coalescer.request('a', async () => void runs.push('a'));
    coalescer.request('b', async () => void runs.push('b'));
    await vi.advanceTimersByTimeAsync(0);

    expect(runs).toEqual(['a', 'b']);
  });
});
