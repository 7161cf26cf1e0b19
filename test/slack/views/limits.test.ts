import { describe, expect, it } from 'vitest';
import { NOBODY } from '../../../src/domain/audience.ts';
import type { Notice } from '../../../src/domain/notices.ts';
import { announcementMessage } from '../../../src/slack/views/announcement.ts';
import { cancelPromptMessage } from '../../../src/slack/views/cancelPrompt.ts';
import { signedUpModal } from '../../../src/slack/views/demoModal.ts';
import { hackfestListMessage } from '../../../src/slack/views/hackfestList.ts';
import { lineupModal, lineupRefusedModal } from '../../../src/slack/views/lineupModal.ts';
import { noticeMessage } from '../../../src/slack/views/notices.ts';
import { pickHackfestMessage } from '../../../src/slack/views/pickHackfest.ts';
import { startReminderMessage } from '../../../src/slack/views/reminder.ts';
import { rescheduleModal } from '../../../src/slack/views/rescheduleModal.ts';
import { scheduleModal } from '../../../src/slack/views/scheduleModal.ts';
import { markupOf } from '../../support/blocks.ts';
import { aDemo, aHackfest, aSeries } from '../../support/builders.ts';
import { checkBlockKit } from '../../support/fakeSlack/index.ts';

/** The worst a person can type: the longest title, made of characters that grow when escaped, and a ping. */
const HOSTILE_TITLE = '<!channel>&'.repeat(14).slice(0, 150);
const HOSTILE_TEXT = '<!here> & <@U123> '.repeat(60).slice(0, 1000);
const hostile = aHackfest({ title: HOSTILE_TITLE, description: HOSTILE_TEXT, coOrganizerIds: ['U2', 'U3'] });
const series = aSeries({ title: HOSTILE_TITLE });
const context = {
  calendarUrl: 'https://calendar.google.com/calendar/render?action=TEMPLATE',
  nextDates: [1, 2, 3],
  now: Date.parse('2026-11-23T09:00:00Z'),
};
const hostileDemos = Array.from({ length: 200 }, (_, index) =>
  aDemo({ title: HOSTILE_TITLE, description: HOSTILE_TEXT, teamIds: ['U2', 'U3', 'U4', 'U5'], seq: index + 1 }),
);

describe('Block Kit limits and escaping of what the app sends', () => {
  it.each([
    ['an announcement', announcementMessage({ hackfest: hostile, series: null, demos: [] }, context)],
    [
      'a series announcement',
      announcementMessage({ hackfest: { ...hostile, seriesId: series.id }, series, demos: [] }, context),
    ],
    [
      'an announcement whose emcee and timekeeper are taken',
      announcementMessage(
        { hackfest: { ...hostile, emceeId: 'U1', timekeeperId: 'U2' }, series: null, demos: [] },
        context,
      ),
    ],
    [
      'a cancelled announcement',
      announcementMessage({ hackfest: { ...hostile, status: 'cancelled' }, series: null, demos: [] }, context),
    ],
    [
      'an announcement with 100 demos and 100 on the waitlist',
      announcementMessage({ hackfest: { ...hostile, slots: 100 }, series: null, demos: hostileDemos }, context),
    ],
    [
      'a list of 150 hackfests',
      hackfestListMessage(
        Array.from({ length: 150 }, () => ({ hackfest: hostile, taken: 3 })),
        'all',
        { now: hostile.startsAt },
      ),
    ],
    [
      'a pick list of 150',
      pickHackfestMessage(
        Array.from({ length: 150 }, () => hostile),
        'cancel',
        { zone: hostile.timeZone },
      ),
    ],
    ['a cancel prompt for a series date', cancelPromptMessage(hostile, series, NOBODY)],
    ['a start reminder', startReminderMessage({ ...hostile, emceeId: 'U1' }, { status: 'not-started' })],
    [
      'a start reminder once the show is over',
      startReminderMessage(hostile, { status: 'ended', presented: [], showStartedAt: 1, endedAt: 2 }),
    ],
  ])(
    'when the app renders %s from hostile user text, then it is within message limits and pings no one',
    (_what, message) => {
      expect(checkBlockKit('message', message.blocks)).toEqual([]);
      expect(markupOf(message).join('\n')).not.toContain('<!channel>');
    },
  );

  it.each<Notice>([
    { kind: 'rescheduled', hackfest: hostile, previousStartsAt: 0, by: 'U1' },
    { kind: 'cancelled', hackfest: hostile, by: 'U1' },
    { kind: 'seriesAdjusted', hackfest: hostile, series, by: 'U1' },
    { kind: 'seriesEnded', series, by: 'U1' },
    { kind: 'seriesRunningOut', series, upcoming: [1] },
    { kind: 'removedFromWaitlist', hackfest: hostile, demoTitle: HOSTILE_TITLE, by: 'U1' },
  ])('when the app sends a $kind notice, then it is within limits and escaped', (notice) => {
    const message = noticeMessage(notice);

    expect(checkBlockKit('message', message.blocks)).toEqual([]);
    expect(markupOf(message).join('\n')).not.toContain('<!channel>');
  });

  it('when the app opens its forms, then they are within modal limits', () => {
    const prefilled = scheduleModal({
      channelId: 'C1',
      initialStart: Date.parse('2026-12-11T13:00:00Z'),
      prefill: { title: 'x'.repeat(400), description: 'y'.repeat(4000), rule: 'FREQ=MONTHLY;BYDAY=+2FR' },
    });

    expect(checkBlockKit('modal', prefilled.blocks, prefilled)).toEqual([]);
    expect(checkBlockKit('modal', rescheduleModal(hostile, NOBODY).blocks, rescheduleModal(hostile, NOBODY))).toEqual(
      [],
    );
  });

  it.each([
    [100, 200],
    [100, 100],
    [10, 200],
    [100, 0],
  ])(
    'when an organizer manages a line-up of %i slots and %i demos with hostile titles, then the modal is within limits and pings no one',
    (slots, count) => {
      const modal = lineupModal({ ...hostile, slots }, hostileDemos.slice(0, count), context.now);

      expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
      expect(markupOf({ blocks: modal.blocks }).join('\n')).not.toContain('<!channel>');
    },
  );

  it('when a line-up modal says why a click was refused, then it is within limits and pings no one', () => {
    const modal = lineupRefusedModal({ refused: 'not-organizer', hackfest: hostile });

    expect(checkBlockKit('modal', modal.blocks, modal)).toEqual([]);
    expect(markupOf({ blocks: modal.blocks }).join('\n')).not.toContain('<!channel>');
  });

  it('when a sign-up form turns into its confirmation, then it is within modal limits and pings no one', () => {
    const confirmation = signedUpModal(hostile, HOSTILE_TITLE, { onStage: false, position: 400 });

    expect(checkBlockKit('modal', confirmation.blocks, confirmation)).toEqual([]);
    expect(markupOf({ blocks: confirmation.blocks }).join('\n')).not.toContain('<!channel>');
  });
});
