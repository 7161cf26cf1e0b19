import type { FeedbackAnswer } from '../../src/domain/feedback.ts';
import { type Hackfest, REMINDER_KINDS, type Series } from '../../src/domain/hackfest.ts';
import type { Demo } from '../../src/domain/lineup.ts';
import type { Proposal } from '../../src/domain/proposal.ts';

const HOUR = 3_600_000;

/** A scheduled hackfest with sensible values; override what the test is about. */
export function aHackfest(overrides: Partial<Hackfest> = {}): Hackfest {
  const startsAt = overrides.startsAt ?? Date.parse('2026-12-11T13:00:00Z');
  return {
    id: `hf-${Math.random().toString(36).slice(2, 10)}`,
    seriesId: null,
    occurrenceDate: null,
    title: 'Winter Hackfest',
    description: 'Build something you always wanted.',
    channelId: 'C111',
    organizerId: 'U111',
    coOrganizerIds: [],
    startsAt,
    durationMs: 3 * HOUR,
    slots: 8,
    demoMs: 5 * 60_000,
    signupDeadline: startsAt,
    timeZone: 'Europe/Berlin',
    status: 'scheduled',
    signupsReopened: false,
    oneDemoEach: true,
    emceeId: null,
    timekeeperId: null,
    reminders: [...REMINDER_KINDS],
    announcement: null,
    ...overrides,
  };
}

export function aSeries(overrides: Partial<Series> = {}): Series {
  return {
    id: `series-${Math.random().toString(36).slice(2, 10)}`,
    title: 'Hack Friday',
    description: 'Monthly demos.',
    channelId: 'C111',
    organizerId: 'U111',
    coOrganizerIds: ['U222'],
    timeZone: 'Europe/Berlin',
    rule: 'FREQ=MONTHLY;BYDAY=+2FR',
    firstStart: { date: '2026-12-11', time: '14:00' },
    durationMs: 3 * HOUR,
    slots: 8,
    demoMs: 5 * 60_000,
    signupLeadMs: 0,
    skippedDates: [],
    reminders: [...REMINDER_KINDS],
    status: 'active',
    nudgedAt: null,
    continuedBy: null,
    ...overrides,
  };
}

export function aDemo(overrides: Partial<Demo> = {}): Demo {
  const id = `demo-${Math.random().toString(36).slice(2, 10)}`;
  return {
    id,
    hackfestId: 'hf-1',
    ownerId: `U-${id}`,
    title: 'Pizza bot',
    description: 'Orders pizza from Slack.',
    teamIds: [],
    lengthMs: 5 * 60_000,
    seq: 1,
    ...overrides,
  };
}

/** An open proposal with sensible values; override what the test is about. */
export function aProposal(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: `pr-${Math.random().toString(36).slice(2, 10)}`,
    proposerId: 'U111',
    channelId: 'C111',
    title: 'Winter Hackfest',
    why: 'Ship the ideas we never get to.',
    format: 'demo day',
    durationMs: 2 * 24 * HOUR,
    frequency: 'monthly',
    topics: ['AI', 'tooling'],
    status: 'open',
    createdAt: Date.parse('2026-11-23T09:00:00Z'),
    message: { channelId: 'C111', ts: '1700000000.000100' },
    adjustments: [],
    adjustmentsDigested: 0,
    scheduled: null,
    ...overrides,
  };
}

/** A feedback answer: a 4, no favourite, "same" for every aspect, no comment, signed. */
export function aFeedbackAnswer(overrides: Partial<FeedbackAnswer> = {}): FeedbackAnswer {
  const same = { leaning: 'same' as const, changeTo: '' };
  return {
    rating: 4,
    favouriteDemoId: null,
    aspects: { frequency: same, length: same, topics: same, format: same },
    comment: '',
    anonymous: false,
    ...overrides,
  };
}
