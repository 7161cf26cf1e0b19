import { describe, expect, it } from 'vitest';
import { type Demo, type DemoDraft, presenters } from '../../src/domain/lineup.ts';
import {
  admitSignUps,
  type LineupSoFar,
  peopleIn,
  type SignedUp,
  type SignUpRequest,
} from '../../src/domain/signUps.ts';
import { aDemo, aHackfest } from '../support/builders.ts';

const NOW = Date.parse('2026-11-23T09:00:00Z');
const hackfest = aHackfest({ id: 'hf-1', slots: 2 });

const request = (userId: string, title: string, draft: Partial<DemoDraft> = {}): SignUpRequest => ({
  userId,
  hackfestId: hackfest.id,
  draft: { title, description: '', teamIds: [], lengthMs: 5 * 60_000, ...draft },
});
/** What the store tells a batch of these requests about a line-up of these demos. */
const soFar = (demos: Demo[], requests: SignUpRequest[]): LineupSoFar => {
  const people = new Set(peopleIn(requests));
  return {
    count: demos.length,
    lastSeq: Math.max(0, ...demos.map((demo) => demo.seq)),
    presenting: new Set(demos.flatMap(presenters).filter((id) => people.has(id))),
    owned: demos
      .filter((demo) => people.has(demo.ownerId))
      .map((demo) => ({ demo, ahead: demos.filter((other) => other.seq < demo.seq).length })),
  };
};
const admit = (requests: SignUpRequest[], lineupSoFar = [aDemo({ id: 'd-0', ownerId: 'U100', seq: 1 })], at = NOW) => {
  let ids = 0;
  return admitSignUps(hackfest, soFar(lineupSoFar, requests), requests, { now: at, newId: () => `new-${++ids}` });
};
/** Where each sign-up landed, in words, or why it was not made. */
const places = (outcomes: SignedUp[]) =>
  outcomes.map((outcome) => {
    if (outcome.ok) return `${outcome.place.onStage ? 'stage' : 'waitlist'} ${outcome.place.position}`;
    return 'refused' in outcome ? outcome.refused : outcome.errors.map((error) => error.field).join(',');
  });

describe('a batch of sign-ups', () => {
  it('when more people sign up than there are slots, then they take the slots left in order and the rest wait', () => {
    const { outcomes, added } = admit([request('U1', 'A'), request('U2', 'B'), request('U3', 'C')]);

    expect(places(outcomes)).toEqual(['stage 2', 'waitlist 1', 'waitlist 2']);
    expect(added.map((demo) => [demo.ownerId, demo.seq])).toEqual([
      ['U1', 2],
      ['U2', 3],
      ['U3', 4],
    ]);
  });

  it('when the same submission comes twice (a retry), then both get the one demo it made', () => {
    const { outcomes, added } = admit([request('U1', 'A'), request('U1', 'A')]);

    expect(added).toHaveLength(1);
    expect(outcomes[1]).toEqual(outcomes[0]);
  });

  it('when a submission repeats one already made, then it is answered with that demo and its place', () => {
    const made = aDemo({ id: 'd-1', ownerId: 'U1', title: 'A', seq: 4 });

    const { outcomes, added } = admit([request('U1', 'A')], [aDemo({ ownerId: 'U100', seq: 2 }), made]);

    expect(added).toEqual([]);
    expect(outcomes).toEqual([{ ok: true, hackfest, demo: made, place: { onStage: true, position: 2 } }]);
  });

  it('when a teammate of a demo earlier in the batch signs up their own, then it is refused with who presents', () => {
    const { outcomes, added } = admit([request('U1', 'A', { teamIds: ['U2'] }), request('U2', 'B')]);

    expect(places(outcomes)).toEqual(['stage 2', 'already-presenting']);
    expect(outcomes[1]).toMatchObject({ userIds: ['U2'] });
    expect(added.map((demo) => demo.ownerId)).toEqual(['U1']);
  });

  it('when the organizers allow several demos each, then one person may sign up two', () => {
    const several = aHackfest({ ...hackfest, oneDemoEach: false });

    const requests = [request('U1', 'A'), request('U1', 'B')];

    const { outcomes } = admitSignUps(several, soFar([], requests), requests, {
      now: NOW,
      newId: () => `new-${Math.random()}`,
    });

    expect(places(outcomes)).toEqual(['stage 1', 'stage 2']);
  });

  it('when someone who presents with a demo signed up before signs up another, then it is refused', () => {
    const { outcomes, added } = admit([request('U1', 'A')], [aDemo({ ownerId: 'U100', teamIds: ['U1'], seq: 1 })]);

    expect(places(outcomes)).toEqual(['already-presenting']);
    expect(added).toEqual([]);
  });

  it('when a form names more teammates than it may, then only as many as it may are looked up', () => {
    const crowd = Array.from({ length: 50 }, (_, at) => `T${at}`);

    expect(peopleIn([request('U1', 'A', { teamIds: ['U1', 'T0', 'T0', ...crowd] })])).toHaveLength(11);
  });

  it('when one form in the batch is wrong, then it alone is refused and the others are made', () => {
    const { outcomes, added } = admit([
      request('U1', ' '),
      request('U2', 'B'),
      request('U3', 'C', { lengthMs: 60 * 60_000 }),
    ]);

    expect(places(outcomes)).toEqual(['title', 'stage 2', 'length']);
    expect(added.map((demo) => demo.ownerId)).toEqual(['U2']);
  });

  it('when sign-ups have closed, then every one is refused and nothing is added', () => {
    const { outcomes, added } = admit([request('U1', 'A'), request('U2', 'B')], [], hackfest.startsAt);

    expect(places(outcomes)).toEqual(['signups-closed', 'signups-closed']);
    expect(added).toEqual([]);
  });

  it('when the show has ended while sign-ups were still open, then every one is refused as too late and nothing is added', () => {
    const held = { ...hackfest, status: 'held' as const };
    const requests = [request('U1', 'A'), request('U2', 'B')];

    const { outcomes, added } = admitSignUps(held, soFar([], requests), requests, { now: NOW, newId: () => 'new' });

    expect(places(outcomes)).toEqual(['held', 'held']);
    expect(added).toEqual([]);
  });
});
