import type { WebClient } from '@slack/web-api';
import { hackfestEntry } from '../calendar/entries.ts';
import { googleCalendarUrl } from '../calendar/googleCalendar.ts';
import { nextOccurrences } from '../domain/scheduling.ts';
import type { Logger } from '../logger.ts';
import type { AnnouncementState, Announcer, Clock } from '../ports.ts';
import { asChannelUnavailable } from './channelErrors.ts';
import { channelPacer } from './channelPacer.ts';
import { createCoalescer } from './coalescer.ts';
import { directMessageChannel } from './directMessages.ts';
import type { PostOnce } from './postOnce.ts';
import { tellByDirectMessage } from './tellPerson.ts';
import { announcementMessage } from './views/announcement.ts';
import { noticeMessage } from './views/notices.ts';
import { reminderMessage, startReminderMessage } from './views/reminder.ts';

/** Slack's chat.update limit is about one a second per message. */
const UPDATE_INTERVAL_MS = 1_000;
const REMINDER_EVENT = 'hackfest_reminder';
/** Slack's pace for posting to one channel: about one message a second. */
const POST_INTERVAL_MS = 1_000;
/** A reminder waits this long for its channel's turn in its job slot; a later turn puts the job back until then. */
const MOST_WAITED_MS = 200;

function render(state: AnnouncementState, now: number) {
  const { hackfest, series } = state;
  return announcementMessage(state, {
    calendarUrl: googleCalendarUrl(hackfestEntry(hackfest)),
    nextDates: state.nextDates ?? (series ? nextOccurrences(series, hackfest.startsAt, 3) : []),
    now,
  });
}

export type AnnouncerOptions = {
  /** Reads an announcement's state afresh, for re-rendering. */
  load: (hackfestId: string) => Promise<AnnouncementState | undefined>;
  clock: Clock;
  logger: Logger;
  /** Posts the reminders, tagged, once each. */
  postOnce: PostOnce;
};

/** The Announcer port over the Web API: use cases pass state, this renders it with the views and sends it. */
export function slackAnnouncer(client: WebClient, { load, clock, logger, postOnce }: AnnouncerOptions): Announcer {
  const paced = channelPacer(POST_INTERVAL_MS, MOST_WAITED_MS, () => clock.now());
  const updates = createCoalescer(UPDATE_INTERVAL_MS, (error, hackfestId) =>
    logger.error({ err: error, hackfestId }, 'could not update an announcement'),
  );
  return {
    async announce(state) {
      const { hackfest } = state;
      try {
        const posted = await client.chat.postMessage({ channel: hackfest.channelId, ...render(state, clock.now()) });
        if (!posted.ts) throw new Error('chat.postMessage answered without a ts');
        return { channelId: posted.channel ?? hackfest.channelId, ts: posted.ts };
      } catch (error) {
        throw asChannelUnavailable(error, hackfest.channelId);
      }
    },
    async remind(kind, state, postId) {
      const channel = state.hackfest.channelId;
      try {
        const { ts } = await paced(channel, () =>
          postOnce(channel, reminderMessage(kind, state, clock.now()), { eventType: REMINDER_EVENT, postId }),
        );
        return ts;
      } catch (error) {
        throw asChannelUnavailable(error, channel);
      }
    },
    async reviseStartReminder(hackfest, show, ts) {
      await client.chat.update({ channel: hackfest.channelId, ts, ...startReminderMessage(hackfest, show) });
    },
    async retract({ channelId, ts }) {
      await client.chat.delete({ channel: channelId, ts });
    },
    refresh(hackfestId) {
      updates.request(hackfestId, async () => {
        const state = await load(hackfestId);
        if (!state?.hackfest.announcement) return;
        const { channelId, ts } = state.hackfest.announcement;
        await client.chat.update({ channel: channelId, ts, ...render(state, clock.now()) });
      });
    },
    async notify(userId, notice) {
      await tellByDirectMessage(client, userId, noticeMessage(notice));
    },
    async shareCalendar({ fileName, title, content }, where) {
      const channelId = 'channelId' in where ? where.channelId : await directMessageChannel(client, where.userId);
      await client.filesUploadV2({
        channel_id: channelId,
        file: Buffer.from(content, 'utf8'),
        filename: fileName,
        title,
      });
    },
  };
}
