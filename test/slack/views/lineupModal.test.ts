import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../../src/slack/ids.ts';
import { lineupModal } from '../../../src/slack/views/lineupModal.ts';
import { aDemo, aHackfest } from '../../support/builders.ts';

const START = Date.parse('2026-12-11T13:00:00Z');
const DEADLINE = START - 3_600_000;
const hackfest = aHackfest({ startsAt: START, signupDeadline: DEADLINE, slots: 100 });
const seconds = (instant: number) => Math.floor(instant / 1000);
const textOf = (value: unknown) => JSON.stringify(value);
/** The sign-up line's date tokens and the sign-up button's label and value. */
const signupsOf = (modal: ReturnType<typeof lineupModal>) => {
  const text = textOf(modal);
  const button = (modal.blocks as KnownBlock[])
    .flatMap((block) => (block.type === 'actions' ? block.elements : []))
    .find((element) => element.action_id === ACTIONS.toggleSignups) as { text: { text: string }; value: string };
  return { text, label: button.text.text, word: button.value.split(':')[0] };
};

describe('the "Manage line-up" modal', () => {
  it.each([
    ['open', hackfest, DEADLINE - 1, 'Sign-ups are open until', [DEADLINE], 'Keep sign-ups open until the end', 'open'],
    ['closed', hackfest, DEADLINE, 'Sign-ups closed', [DEADLINE], 'Reopen sign-ups', 'open'],
    [
      'kept open before the deadline',
      { ...hackfest, signupsReopened: true },
      DEADLINE - 1,
      'an organizer kept them open past their deadline',
      [START + hackfest.durationMs, DEADLINE],
      'Close sign-ups at the deadline',
      'close',
    ],
    [
      'reopened',
      { ...hackfest, signupsReopened: true },
      DEADLINE,
      'an organizer reopened them until the hackfest ends',
      [DEADLINE, START + hackfest.durationMs],
      'Close sign-ups',
      'close',
    ],
  ] as const)(
    'when sign-ups are %s, then the modal says so with its dates, and the button names what it will do',
    (_state, shown, now, words, dates, label, word) => {
      const signups = signupsOf(lineupModal(shown, [], now));

      expect(signups.text).toContain(words);
      for (const date of dates) expect(signups.text).toContain(`<!date^${seconds(date)}^`);
      expect(signups).toMatchObject({ label, word });
    },
  );

  it('when the line-up is longer than a modal holds, then the waitlist keeps ten rows and the rest are counted', () => {
    const demos = Array.from({ length: 150 }, (_, index) => aDemo({ title: `Demo ${index + 1}`, seq: index + 1 }));

    const text = textOf(lineupModal(hackfest, demos, DEADLINE - 1));

    expect(text).toContain('100/100 on stage, 50 waiting');
    expect(text).toContain('*Demo 80*');
    expect(text).not.toContain('*Demo 81*');
    expect(text).toContain('…and 20 more on stage.');
    expect(text).toContain('*Demo 110*');
    expect(text).toContain('…and 40 more waiting.');
  });

  it('when one demo is on stage, then there is nothing to move or shuffle', () => {
    const text = textOf(lineupModal(hackfest, [aDemo({ title: 'Alone', seq: 1 })], DEADLINE - 1));

    expect(text).not.toContain(ACTIONS.moveDemo);
    expect(text).not.toContain(ACTIONS.shuffleLineup);
  });
});
