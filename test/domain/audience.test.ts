import { describe, expect, it } from 'vitest';
import { concernedBy, everyoneIn } from '../../src/domain/audience.ts';
import { aDemo, aHackfest } from '../support/builders.ts';

const hackfest = aHackfest({
  organizerId: 'U1',
  coOrganizerIds: ['U2'],
  emceeId: 'U4',
  timekeeperId: 'U5',
});

describe('who a change to a hackfest concerns', () => {
  it('when people signed up and hold roles, then each is counted once, under the first reason, and never the actor', () => {
    const demos = [aDemo({ ownerId: 'U3', teamIds: ['U4'] }), aDemo({ ownerId: 'U6', teamIds: ['U3'] })];

    expect(concernedBy(hackfest, demos, ['U1'])).toEqual({
      signedUp: ['U3', 'U4', 'U6'],
      emcees: [],
      timekeepers: ['U5'],
      organizers: ['U2'],
    });
  });

  it('when some were told already, then they are left out', () => {
    expect(everyoneIn(concernedBy(hackfest, [], ['U2', 'U4', 'U5']))).toEqual(['U1']);
  });
});
