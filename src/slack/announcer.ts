import type { WebClient } from '@slack/web-api';
import { hackfestEntry } from '../calendar/entries.ts';
import { googleCalendarUrl } from '../calendar/googleCalendar.ts';
import type { Hackfest, Series } from '../domain/hackfest.ts';
import { nextOccurrences } from '../domain/scheduling.ts';
import { type Announcer, ChannelUnavailableError } from '../ports.ts';
import { announcementMessage } from './views/announcement.ts';
import { noticeMessage } from './views/notices.ts';

/** Slack errors that mean the app cannot post in a channel until a person does something about it. */
const CHANNEL_UNAVAILABLE = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

function render(hackfest: Hackfest, series: Series | null) {
  return announcementMessage(hackfest, series, {
    calendarUrl: googleCalendarUrl(hackfestEntry(hackfest)),
    nextDates: series ? nextOccurrences(series, hackfest.startsAt, 3) : [],
  });
}

/** The Announcer port over the Web API: use cases pass state, this renders it with the views and sends it. */
export function slackAnnouncer(client: WebClient): Announcer {
  return {
    async announce(hackfest, series) {
      try {
        const posted = await client.chat.postMessage({ channel: hackfest.channelId, ...render(hackfest, series) });
        if (!posted.ts) throw new Error('chat.postMessage answered without a ts');
        return { channelId: posted.channel ?? hackfest.channelId, ts: posted.ts };
      } catch (error) {
        const code = slackErrorCode(error);
        if (code && CHANNEL_UNAVAILABLE.has(code)) throw new ChannelUnavailableError(hackfest.channelId, code);
        throw error;
      }
    },
    async retract({ channelId, ts }) {
      await client.chat.delete({ channel: channelId, ts });
    },
    async refresh(hackfest, series) {
      if (!hackfest.announcement) return;
      const { channelId, ts } = hackfest.announcement;
      await client.chat.update({ channel: channelId, ts, ...render(hackfest, series) });
    },
    async notify(userId, notice) {
      // Posting to a user id delivers into the person's DM with the app.
      await client.chat.postMessage({ channel: userId, ...noticeMessage(notice) });
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

async function directMessageChannel(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  if (!opened.channel?.id) throw new Error(`could not open a DM with ${userId}`);
  return opened.channel.id;
}

function slackErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error as { data?: { error?: unknown } };
  return typeof data?.error === 'string' ? data.error : undefined;
}
