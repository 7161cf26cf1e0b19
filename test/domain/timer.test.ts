import { describe, expect, it } from 'vitest';
import { afterLineupChange, apply, type Command, dueTimes, remaining, type Show } from '../../src/domain/timer.ts';

const T0 = Date.parse('2026-12-11T13:00:00Z');
const MIN = 60_000;
const programme = [
  { demoId: 'pizza', limitMs: 5 * MIN },
  { demoId: 'coffee', limitMs: 3 * MIN },
];

/** Given a history of [minutes after T0, command], the show after it; a refused step fails the test. */
function given(...steps: Array<[number, Command]>): Show {
  return steps.reduce<Show>(
    (show, [minutes, command]) => {
      const result = apply(show, command, T0 + minutes * MIN);
      if ('refused' in result) throw new Error(`refused: ${result.refused}`);
      return result.show;
    },
    { status: 'not-started' },
  );
}

const live = (show: Show) => {
  if (show.status !== 'running' && show.status !== 'paused') throw new Error(`not live: ${show.status}`);
  return show;
};

describe('the presentation timer', () => {
  it('when a demo starts, then the warning is due a minute before its limit and the gong at the limit', () => {
    const show = given([0, { type: 'start', programme }]);

    expect(dueTimes(show, T0)).toEqual({ warningAt: T0 + 4 * MIN, gongAt: T0 + 5 * MIN });
  });

  it('when the timer is paused, then paused time does not count and nothing is due until it resumes', () => {
    const paused = given([0, { type: 'start', programme }], [2, { type: 'pause' }]);
    const resumed = given([0, { type: 'start', programme }], [2, { type: 'pause' }], [10, { type: 'resume' }]);

    expect(dueTimes(paused, T0 + 5 * MIN)).toEqual({ warningAt: null, gongAt: null });
    expect(remaining(live(resumed), T0 + 10 * MIN)).toBe(3 * MIN);
    expect(dueTimes(resumed, T0 + 10 * MIN).gongAt).toBe(T0 + 13 * MIN);
  });

  it('when a demo is extended, then the time adds to its limit and the gong moves', () => {
    const show = given([0, { type: 'start', programme }], [4, { type: 'extend', ms: MIN }]);

    expect(dueTimes(show, T0 + 4 * MIN).gongAt).toBe(T0 + 6 * MIN);
  });

  it('when a demo runs past its limit, then the overrun counts up and, once gonged, no gong is due again', () => {
    const over = given([0, { type: 'start', programme }]);
    const gonged = given([0, { type: 'start', programme }], [5, { type: 'gong' }]);

    expect(remaining(live(over), T0 + 6.5 * MIN)).toBe(-1.5 * MIN);
    expect(dueTimes(gonged, T0 + 6 * MIN).gongAt).toBeNull();
  });

  it('when the emcee calls the next presenter, then the last demo is recorded and the next one gets its own clock', () => {
    const show = live(given([0, { type: 'start', programme }], [5, { type: 'gong' }], [6, { type: 'next' }]));

    expect(show.presented).toEqual([
      { demoId: 'pizza', ranMs: 6 * MIN, limitMs: 5 * MIN, gonged: true, skipped: false },
    ]);
    expect(show.programme[show.current]?.demoId).toBe('coffee');
    expect(dueTimes(show, T0 + 6 * MIN).gongAt).toBe(T0 + 9 * MIN);
  });

  it('when a presenter is absent, then skipping moves them to the end of the programme', () => {
    const show = live(given([0, { type: 'start', programme }], [1, { type: 'skip' }]));

    expect(show.programme.map((slot) => slot.demoId)).toEqual(['coffee', 'pizza']);
    expect(show.programme[show.current]?.demoId).toBe('coffee');
  });

  it('when the timer was paused while the emcee looked for an absent presenter, then the pause does not count against skipping in the first minute', () => {
    const show = live(
      given(
        [0, { type: 'start', programme }],
        [0.5, { type: 'pause' }],
        [5, { type: 'resume' }],
        [5.5, { type: 'skip' }],
      ),
    );

    expect(show.programme[show.current]?.demoId).toBe('coffee');
    expect(apply(given([0, { type: 'start', programme }]), { type: 'skip' }, T0 + 5.5 * MIN)).toHaveProperty('refused');
  });

  it.each<[string, Array<[number, Command]>, number, string]>([
    ['has been on stage for over a minute', [[0, { type: 'start', programme }]], 1.5, 'over a minute'],
    [
      'was gonged',
      [
        [0, { type: 'start', programme }],
        [0.5, { type: 'gong' }],
      ],
      0.5,
      'the gong has rung',
    ],
  ])(
    'when a demo that %s is skipped, then it is refused: it counts as presented and Next moves on',
    (_what, history, minutes, why) => {
      const result = apply(given(...history), { type: 'skip' }, T0 + minutes * MIN);

      expect(result).toEqual({ refused: expect.stringContaining(why) });
      expect('refused' in result && result.refused).toContain('use *Next*');
    },
  );

  it.each<[string, Array<[number, Command]>, Command, string]>([
    [
      'ring the gong while the timer is paused',
      [
        [0, { type: 'start', programme }],
        [1, { type: 'pause' }],
      ],
      { type: 'gong' },
      'paused: resume it first',
    ],
    [
      'start the show after it ended',
      [
        [0, { type: 'start', programme }],
        [1, { type: 'end' }],
      ],
      { type: 'start', programme },
      'The show is over',
    ],
  ])('when someone tries to %s, then the reason says so', (_what, history, command, reason) => {
    expect(apply(given(...history), command, T0 + 7 * MIN)).toEqual({ refused: expect.stringContaining(reason) });
  });

  it.each<[string, Array<[number, Command]>, Command]>([
    [
      'pause while paused',
      [
        [0, { type: 'start', programme }],
        [1, { type: 'pause' }],
      ],
      { type: 'pause' },
    ],
    ['resume while running', [[0, { type: 'start', programme }]], { type: 'resume' }],
    [
      'next after the last demo',
      [
        [0, { type: 'start', programme }],
        [5, { type: 'next' }],
      ],
      { type: 'next' },
    ],
    [
      'gong twice',
      [
        [0, { type: 'start', programme }],
        [5, { type: 'gong' }],
      ],
      { type: 'gong' },
    ],
    ['extend by an hour', [[0, { type: 'start', programme }]], { type: 'extend', ms: 60 * MIN }],
    ['start twice', [[0, { type: 'start', programme }]], { type: 'start', programme }],
    ['next before the start', [], { type: 'next' }],
  ])('when someone tries to %s, then it is refused with a reason and nothing changes', (_what, history, command) => {
    const show = given(...history);

    const result = apply(show, command, T0 + 7 * MIN);

    expect(result).toEqual({ refused: expect.any(String) });
  });

  it('when the show ends, then every demo presented is in the summary', () => {
    const show = given([0, { type: 'start', programme }], [5, { type: 'next' }], [7, { type: 'end' }]);

    expect(show).toMatchObject({ status: 'ended', endedAt: T0 + 7 * MIN });
    expect(show.status === 'ended' && show.presented.map((demo) => [demo.demoId, demo.ranMs])).toEqual([
      ['pizza', 5 * MIN],
      ['coffee', 2 * MIN],
    ]);
  });
});

describe('the show following its line-up', () => {
  const three = [...programme, { demoId: 'quiz', limitMs: 4 * MIN }];
  const started = () => live(given([0, { type: 'start', programme: three }]));
  const demoIds = (show: Show) => live(show).programme.map((slot) => `${slot.demoId} ${slot.limitMs / MIN}m`);

  it('when a demo still to come is withdrawn, resized or joined by another, then the programme follows', () => {
    expect(demoIds(afterLineupChange(started(), { withdrawnId: 'coffee', joining: [] }))).toEqual([
      'pizza 5m',
      'quiz 4m',
    ]);
    expect(
      demoIds(afterLineupChange(started(), { joining: [], resized: { demoId: 'coffee', limitMs: 2 * MIN } })),
    ).toEqual(['pizza 5m', 'coffee 2m', 'quiz 4m']);
    expect(demoIds(afterLineupChange(started(), { joining: [{ demoId: 'late', limitMs: MIN }] }))).toEqual([
      'pizza 5m',
      'coffee 3m',
      'quiz 4m',
      'late 1m',
    ]);
  });

  it('when the demo on stage is withdrawn or resized, or nothing changes, then the show stays as it is', () => {
    const show = started();

    expect(afterLineupChange(show, { withdrawnId: 'pizza', joining: [] })).toBe(show);
    expect(afterLineupChange(show, { joining: [], resized: { demoId: 'pizza', limitMs: MIN } })).toBe(show);
    expect(afterLineupChange(show, { joining: [], resized: { demoId: 'coffee', limitMs: 3 * MIN } })).toBe(show);
  });
});
