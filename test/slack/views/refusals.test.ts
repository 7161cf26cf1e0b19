import { describe, expect, it } from 'vitest';
import { refusalReason } from '../../../src/slack/views/refusals.ts';
import { aHackfest } from '../../support/builders.ts';

describe("a refusal's inline error (plain text in a modal)", () => {
  it('when the title has markup characters, then it reads as typed, without bold or escapes', () => {
    const hackfest = aHackfest({ title: 'R&D <b> *night*' });

    expect(refusalReason({ refused: 'signups-closed', hackfest }, 'U201')).toBe(
      'Sign-ups for R&D <b> night are closed. Nothing was changed; an organizer can reopen them from Manage line-up.',
    );
  });

  it('when only organizers may act, then it names no one by raw mention', () => {
    const hackfest = aHackfest({ organizerId: 'U111' });

    const reason = refusalReason({ refused: 'not-organizer', hackfest }, 'U201');

    expect(reason).toBe(
      'Only the organizers of Winter Hackfest or a workspace admin can change it. Nothing was changed.',
    );
    expect(reason).not.toMatch(/[<*]/);
  });
});
