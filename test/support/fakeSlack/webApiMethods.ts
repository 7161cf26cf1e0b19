import type { MessageStore, StoredMessage } from './messages.ts';
import type { UserDirectory } from './users.ts';
import { APP_ID, BOT_ID, BOT_NAME, BOT_USER_ID, TEAM_ID, TEAM_NAME, TEAM_URL } from './workspace.ts';

export type SlackAnswer = Record<string, unknown>;
export type MethodHandler = (args: Record<string, unknown>) => SlackAnswer | Promise<SlackAnswer>;

type Context = {
  baseUrl: string;
  socketUrl: string;
  users: UserDirectory;
  messages: MessageStore;
};

const MESSAGE_FIELDS = ['text', 'blocks', 'metadata', 'attachments', 'thread_ts'];

const ok = (fields: Record<string, unknown> = {}): SlackAnswer => ({ ok: true, ...fields });
const fail = (error: string): SlackAnswer => ({ ok: false, error });

/** Slack-shaped success answers for the methods a Bolt app commonly calls, plus the errors tests rely on. */
export function defaultMethods({ baseUrl, socketUrl, users, messages }: Context): Record<string, MethodHandler> {
  let lastViewNumber = 0;
  let lastFileNumber = 0;
  const nextViewId = () => `V${String(++lastViewNumber).padStart(10, '0')}`;
  const homeViewIds = new Map<string, string>();
  const fileNames = new Map<string, string>();

  const viewAnswer = (args: Record<string, unknown>, id: string) =>
    ok({
      view: {
        team_id: TEAM_ID,
        app_id: APP_ID,
        bot_id: BOT_ID,
        state: { values: {} },
        hash: `${Math.floor(Date.now() / 1000)}.${id}`,
        private_metadata: '',
        callback_id: '',
        external_id: '',
        root_view_id: id,
        previous_view_id: null,
        ...asObject(args.view),
        id,
      },
    });

  return {
    'auth.test': () =>
      ok({
        url: TEAM_URL,
        team: TEAM_NAME,
        user: BOT_NAME,
        team_id: TEAM_ID,
        user_id: BOT_USER_ID,
        bot_id: BOT_ID,
        is_enterprise_install: false,
      }),

    'apps.connections.open': () => ok({ url: socketUrl }),

    'chat.postMessage': (args) => {
      const channel = channelFor(args.channel);
      if (!channel) return fail('channel_not_found');
      if (!hasMessageContent(args)) return fail('no_text');
      const ts = messages.nextTs();
      const message: StoredMessage = {
        type: 'message',
        user: BOT_USER_ID,
        bot_id: BOT_ID,
        app_id: APP_ID,
        team: TEAM_ID,
        ...pick(args, MESSAGE_FIELDS),
        ts,
      };
      messages.add(channel, message);
      return ok({ channel, ts, message });
    },

    'chat.update': (args) => {
      const channel = channelFor(args.channel);
      if (!channel) return fail('channel_not_found');
      if (typeof args.ts !== 'string') return fail('message_not_found');
      if (!hasMessageContent(args)) return fail('no_text');
      // Lenient on purpose: tests often update messages the fake never saw (e.g. a ts from a block_actions payload).
      const changes = pick(args, MESSAGE_FIELDS);
      messages.update(channel, args.ts, changes);
      return ok({ channel, ts: args.ts, text: args.text ?? '', message: { type: 'message', ...changes } });
    },

    'chat.postEphemeral': (args) => {
      if (!channelFor(args.channel)) return fail('channel_not_found');
      if (!hasMessageContent(args)) return fail('no_text');
      return ok({ message_ts: messages.nextTs() });
    },

    'chat.delete': (args) => {
      const channel = channelFor(args.channel);
      if (!channel) return fail('channel_not_found');
      if (typeof args.ts !== 'string') return fail('message_not_found');
      messages.remove(channel, args.ts);
      return ok({ channel, ts: args.ts });
    },

    'chat.getPermalink': (args) => {
      const channel = channelFor(args.channel);
      if (!channel) return fail('channel_not_found');
      const ts = String(args.message_ts ?? '');
      return ok({ channel, permalink: `${TEAM_URL}archives/${channel}/p${ts.replace('.', '')}` });
    },

    'views.open': (args) => viewAnswer(args, nextViewId()),
    'views.push': (args) => viewAnswer(args, nextViewId()),
    'views.update': (args) => viewAnswer(args, typeof args.view_id === 'string' ? args.view_id : nextViewId()),
    'views.publish': (args) => {
      const userId = String(args.user_id ?? '');
      const id = homeViewIds.get(userId) ?? nextViewId();
      homeViewIds.set(userId, id);
      return viewAnswer(args, id);
    },

    'users.info': (args) =>
      typeof args.user === 'string' ? ok({ user: users.get(args.user) }) : fail('user_not_found'),

    // Memberships are the test's to declare (handle('users.conversations', …)); by default, none.
    'users.conversations': () => ok({ channels: [], response_metadata: { next_cursor: '' } }),

    'conversations.open': (args) => {
      const firstUser = typeof args.users === 'string' ? args.users.split(',')[0] : undefined;
      if (firstUser) return ok({ channel: { id: `D${firstUser}` } });
      return typeof args.channel === 'string' ? ok({ channel: { id: args.channel } }) : fail('users_list_not_supplied');
    },

    'conversations.info': (args) => {
      const channel = channelFor(args.channel);
      return channel ? ok({ channel: describeChannel(channel) }) : fail('channel_not_found');
    },

    'conversations.history': (args) => {
      const channel = channelFor(args.channel);
      if (!channel) return fail('channel_not_found');
      const limit = Number(args.limit) || 100;
      return ok({ messages: messages.history(channel, limit), has_more: false });
    },

    'reactions.add': () => ok(),

    'files.getUploadURLExternal': (args) => {
      const fileId = `F${String(++lastFileNumber).padStart(10, '0')}`;
      fileNames.set(fileId, String(args.filename ?? ''));
      return ok({ upload_url: `${baseUrl}/upload/${fileId}`, file_id: fileId });
    },

    'files.completeUploadExternal': (args) => {
      if (!Array.isArray(args.files)) return fail('invalid_arguments');
      const files = args.files.map((file) => {
        const { id, title } = asObject(file);
        const name = fileNames.get(String(id)) ?? '';
        return { id, name, title: title ?? name };
      });
      return ok({ files });
    },

    // Not a Web API method: what a POST to a response_url gets. webApi.ts turns ok:false into an HTTP error.
    response_url: (args) => (args.delete_original === true || hasMessageContent(args) ? ok() : fail('no_text')),
  };
}

/** Posting to a user id goes to the DM with that user, as in Slack; conversations.open names it the same way. */
export function channelFor(channel: unknown): string | undefined {
  if (typeof channel !== 'string' || channel === '') return undefined;
  return /^[UW]/.test(channel) ? `D${channel}` : channel;
}

function describeChannel(id: string): Record<string, unknown> {
  const isIm = id.startsWith('D');
  return {
    id,
    is_channel: id.startsWith('C'),
    is_group: id.startsWith('G'),
    is_im: isIm,
    is_private: !id.startsWith('C'),
    is_archived: false,
    is_member: true,
    ...(isIm ? { user: id.slice(1) } : { name: `channel-${id.toLowerCase()}` }),
  };
}

function hasMessageContent(args: Record<string, unknown>): boolean {
  const nonEmpty = (value: unknown) => (typeof value === 'string' || Array.isArray(value)) && value.length > 0;
  return nonEmpty(args.text) || nonEmpty(args.blocks) || nonEmpty(args.attachments);
}

function pick(args: Record<string, unknown>, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.filter((field) => args[field] !== undefined).map((field) => [field, args[field]]));
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
