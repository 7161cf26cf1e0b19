import type { WebClient } from '@slack/web-api';
import type { Clock, People } from '../ports.ts';

/** A profile is read again after this long: time zones and admin rights change rarely. */
const PROFILE_TTL_MS = 60 * 60_000;

/**
 * Memberships are read again after this long: a person's App Home is re-rendered each time their part changes (at
 * most once a second), and users.conversations allows about 50 calls a minute for the whole workspace.
 */
const CHANNELS_TTL_MS = 60_000;

type Profile = { timeZone: string; isAdmin: boolean };

/** People, from Slack's users.info and users.conversations, each cached per process for a while. */
export function slackPeople(client: WebClient, clock: Clock): People {
  const profiles = new Map<string, { profile: Profile; until: number }>();
  const memberships = new Map<string, { channelIds: string[]; until: number }>();
  const readChannels = async (userId: string) => {
    const channelIds: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.users.conversations({
        user: userId,
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: 999,
        cursor,
      });
      channelIds.push(...(page.channels ?? []).flatMap((channel) => (channel.id ? [channel.id] : [])));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return channelIds;
  };
  return {
    async profile(userId) {
      const cached = profiles.get(userId);
      if (cached && cached.until > clock.now()) return cached.profile;
      const { user } = await client.users.info({ user: userId });
      const profile = { timeZone: user?.tz ?? 'UTC', isAdmin: Boolean(user?.is_admin || user?.is_owner) };
      profiles.set(userId, { profile, until: clock.now() + PROFILE_TTL_MS });
      return profile;
    },
    async channelsOf(userId) {
      const cached = memberships.get(userId);
      if (cached && cached.until > clock.now()) return cached.channelIds;
      const channelIds = await readChannels(userId);
      memberships.set(userId, { channelIds, until: clock.now() + CHANNELS_TTL_MS });
      return channelIds;
    },
  };
}
