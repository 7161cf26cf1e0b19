import { describe, expect, it } from 'vitest';
import { showJobs } from '../../src/domain/showJobs.ts';
import { apply, type Show } from '../../src/domain/timer.ts';

const T0 = Date.parse('2026-12-11T13:00:07Z');
const MIN = 60_000;
const started = (): Show => {
  const result = apply(
    { status: 'not-started' },
    { type: 'start', programme: [{ demoId: 'pizza', limitMs: 5 * MIN }] },
    T0,
  );
  if ('refused' in result) throw new Error(result.refused);
  return result.show;
};

describe('due work of a show', () => {
  it('when a demo starts, then its warning, its gong, a redraw on the next 15 s mark and one at 30 s left are due', () => {
    const { schedule } = showJobs('hf', { status: 'not-started' }, started(), T0);

    expect(schedule.map((job) => [job.kind, job.dueAt - T0])).toEqual([
      ['show-tick', 8_000],
      ['show-warning', 4 * MIN],
      ['show-gong', 5 * MIN],
      ['show-tick', 5 * MIN - 30_000],
    ]);
  });

  it('when the timer is paused, then the demo’s warning and gong are cancelled and nothing new is due', () => {
    const running = started();
    const paused = apply(running, { type: 'pause' }, T0 + MIN);
    if ('refused' in paused) throw new Error(paused.refused);

    const { schedule, cancel } = showJobs('hf', running, paused.show, T0 + MIN);

    expect(schedule).toEqual([]);
    expect(cancel).toEqual([
      expect.stringContaining('show-warning:hf:pizza'),
      expect.stringContaining('show-gong:hf:pizza'),
    ]);
  });
});
