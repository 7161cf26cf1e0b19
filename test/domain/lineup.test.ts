import { describe, expect, it } from 'vitest';
import {
  lineup,
  lineupChanges,
  moveDemo,
  movesAt,
  removeWaiting,
  sameOrder,
  shuffleStage,
  signupRefusal,
  signupsOpen,
  signupWindow,
  validateDemo,
} from '../../src/domain/lineup.ts';
import { refuseIfHeld } from '../../src/domain/refusals.ts';
import { aDemo, aHackfest } from '../support/builders.ts';

const demos = ['A', 'B', 'C', 'D', 'E'].map((title, index) => aDemo({ id: title, title, seq: index + 1 }));
const titles = (list: { title: string }[]) => list.map((demo) => demo.title);

describe('the line-up', () => {
  it('when there are more demos than slots, then the first by sign-up order present and the rest wait in order', () => {
    const { onStage, waitlist } = lineup([...demos].reverse(), 3);

    expect(titles(onStage)).toEqual(['A', 'B', 'C']);
    expect(titles(waitlist)).toEqual(['D', 'E']);
  });

  it('when someone on stage withdraws, then the first waiting is promoted, and nobody else', () => {
    const { promoted } = lineupChanges(
      demos,
      demos.filter((demo) => demo.id !== 'B'),
      3,
    );

    expect(titles(promoted)).toEqual(['D']);
  });

  it.each([
    ['up', 'B', ['B', 'A', 'C']],
    ['down', 'B', ['A', 'C', 'B']],
    ['end', 'A', ['B', 'C', 'A']],
    ['up', 'A', ['A', 'B', 'C']],
  ] as const)(
    'when an organizer moves a demo %s, then the stage is reordered and the waitlist keeps its order',
    (move, id, stage) => {
      const after = lineup(moveDemo(demos, 3, id, move), 3);

      expect(titles(after.onStage)).toEqual(stage);
      expect(titles(after.waitlist)).toEqual(['D', 'E']);
    },
  );

  it('when a demo moves from first to last of three, then only it moved by more than one place', () => {
    const after = moveDemo(demos, 3, 'A', 'end');

    expect(titles(lineupChanges(demos, after, 3).movedFar)).toEqual(['A']);
  });

  it.each([
    [0, 3, ['down', 'end']],
    [1, 3, ['up', 'down']],
    [2, 3, ['up']],
    [0, 2, ['down']],
    [0, 1, []],
  ] as const)(
    'when a demo is at index %i of a stage of %i, then the moves that change its place are %j',
    (index, length, moves) => {
      expect(movesAt(index, length)).toEqual(moves);
    },
  );

  it('when a move would not change the order, then the order is the same', () => {
    expect(sameOrder(demos, moveDemo(demos, 3, 'A', 'up'))).toBe(true);
    expect(sameOrder(demos, moveDemo(demos, 3, 'D', 'end'))).toBe(true);
    expect(sameOrder(demos, moveDemo(demos, 3, 'C', 'down'))).toBe(true);
    expect(sameOrder(demos, moveDemo(demos, 3, 'B', 'up'))).toBe(false);
  });

  it('when an organizer removes a waiting demo, then those behind it move up the waitlist and the stage is untouched', () => {
    const removal = removeWaiting(demos, 3, 'D');
    const after = lineup(removal?.after ?? [], 3);

    expect(removal?.removed.title).toBe('D');

    expect(titles(after.onStage)).toEqual(['A', 'B', 'C']);
    expect(titles(after.waitlist)).toEqual(['E']);
  });

  it('when the demo to remove is on stage or gone, then there is nothing to remove from the waitlist', () => {
    expect(removeWaiting(demos, 3, 'A')).toBeUndefined();
    expect(removeWaiting(demos, 3, 'gone')).toBeUndefined();
  });

  it('when the stage is shuffled, then the same demos present in another order and the waitlist is untouched', () => {
    const after = lineup(
      shuffleStage(demos, 3, () => 0),
      3,
    );

    expect(titles(after.onStage).sort()).toEqual(['A', 'B', 'C']);
    expect(titles(after.onStage)).not.toEqual(['A', 'B', 'C']);
    expect(titles(after.waitlist)).toEqual(['D', 'E']);
  });
});

describe('sign-up rules', () => {
  const startsAt = Date.parse('2026-12-11T13:00:00Z');
  const hackfest = aHackfest({ startsAt, signupDeadline: startsAt - 3_600_000 });

  it('when the deadline passes, then sign-ups close, until organizers reopen them for the rest of the hackfest', () => {
    expect(signupsOpen(hackfest, startsAt - 3_600_001)).toBe(true);
    expect(signupsOpen(hackfest, startsAt - 3_600_000)).toBe(false);
    expect(signupsOpen({ ...hackfest, signupsReopened: true }, startsAt + 60_000)).toBe(true);
    expect(signupsOpen({ ...hackfest, signupsReopened: true }, startsAt + hackfest.durationMs)).toBe(false);
    expect(signupsOpen({ ...hackfest, status: 'cancelled' }, startsAt - 7_200_000)).toBe(false);
    expect(signupsOpen({ ...hackfest, status: 'held' }, startsAt - 7_200_000)).toBe(false);
  });

  it('when the show has ended before the deadline, then signing up is refused because the hackfest took place', () => {
    const held = { ...hackfest, status: 'held' as const, signupsReopened: true };
    const early = startsAt - 7_200_000;

    expect(signupRefusal(hackfest, early)).toBeUndefined();
    expect(signupRefusal(held, early)).toEqual({ ok: false, refused: 'held', hackfest: held });
    expect(signupRefusal(hackfest, startsAt)).toEqual({ ok: false, refused: 'signups-closed', hackfest });
  });

  it('when a hackfest took place, then changing it is refused; scheduled or cancelled, this rule says nothing', () => {
    const held = { ...hackfest, status: 'held' as const };

    expect(refuseIfHeld(held)).toEqual({ ok: false, refused: 'held', hackfest: held });
    expect(refuseIfHeld(hackfest)).toBeUndefined();
    expect(refuseIfHeld({ ...hackfest, status: 'cancelled' })).toBeUndefined();
  });

  it('when organizers keep sign-ups open, then the window says whether it was before or after the deadline', () => {
    const deadline = startsAt - 3_600_000;
    const end = startsAt + hackfest.durationMs;
    const reopened = { ...hackfest, signupsReopened: true };

    expect(signupWindow(hackfest, deadline - 1)).toEqual({ state: 'open', closesAt: deadline });
    expect(signupWindow(hackfest, deadline)).toEqual({ state: 'closed', since: deadline });
    expect(signupWindow(reopened, deadline - 1)).toEqual({ state: 'extended', closesAt: end, deadline });
    expect(signupWindow(reopened, deadline)).toEqual({ state: 'reopened', closesAt: end, closedAt: deadline });
    expect(signupWindow(reopened, end)).toEqual({ state: 'closed', since: end });
  });

  it('when a demo asks for more time than the hackfest gives each demo, or has no title, then both are named', () => {
    const errors = validateDemo({ title: ' ', description: '', teamIds: [], lengthMs: hackfest.demoMs + 1 }, hackfest);

    expect(errors.map((error) => error.field)).toEqual(['title', 'length']);
  });

  it('when demos are shorter than five minutes, then the example length is within the limit', () => {
    const short = { ...hackfest, demoMs: 2 * 60_000 };

    const [error] = validateDemo({ title: 'Pizza bot', description: '', teamIds: [], lengthMs: 9 * 60_000 }, short);

    expect(error?.message).toBe('Ask for up to 2m, e.g. 2m.');
  });
});
