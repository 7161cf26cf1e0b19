import { randomBytes } from 'node:crypto';
import type {
  BlockAction,
  ButtonAction,
  EnvelopedEvent,
  SlashCommand,
  StaticSelectAction,
  types,
  ViewOutput,
  ViewStateValue,
  ViewSubmitAction,
} from '@slack/bolt';
import { APP_ID, BOT_ID, BOT_USER_ID, TEAM_DOMAIN, TEAM_ID } from './workspace.ts';

// Payloads Slack sends an app, shaped like the captures in /work/shared/slack-reference/examples and typed with
// Bolt's own types. Ids that must be unique (trigger_id, event_id, view ids) are random per call.

const DEFAULT_USER = 'U111';
const DEFAULT_CHANNEL = 'C111';
const VERIFICATION_TOKEN = 'verification-token';

export type SlashCommandInput = {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
};

export function slashCommand(input: SlashCommandInput): SlashCommand {
  const { text, responseUrl, userId = DEFAULT_USER, channelId = DEFAULT_CHANNEL, triggerId = newTriggerId() } = input;
  return {
    token: VERIFICATION_TOKEN,
    team_id: TEAM_ID,
    team_domain: TEAM_DOMAIN,
    channel_id: channelId,
    channel_name: channelName(channelId),
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/hackfest',
    text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  };
}

export type AppHomeOpenedInput = { userId: string; tab?: 'home' | 'messages' };

/** The events_api payload (the body of an HTTP event request, or a Socket Mode envelope's payload). */
export function appHomeOpened({ userId, tab = 'home' }: AppHomeOpenedInput): EnvelopedEvent<types.AppHomeOpenedEvent> {
  const eventTs = newTs();
  return {
    token: VERIFICATION_TOKEN,
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    type: 'event_callback',
    event_id: `Ev${randomId(5)}`,
    event_time: Math.floor(Number(eventTs)),
    event: { type: 'app_home_opened', user: userId, channel: `D${userId}`, tab, event_ts: eventTs },
    authorizations: [
      { enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

export type BlockActionInput = {
  actionId: string;
  value?: string;
  userId?: string;
  channelId?: string;
  /** Given: the button sat in that message. Not given: it sat in a view (App Home unless `view.type` says so). */
  messageTs?: string;
  blockId?: string;
  triggerId?: string;
  view?: Partial<ViewOutput>;
  /** Include one (e.g. fakeSlack.responseUrl('x')) when the handler calls respond(). */
  responseUrl?: string;
  /** Given: the action is a static_select and this option's value was picked, instead of a button click. */
  selectedOption?: string;
  /** The click's own timestamp; give the same one twice to send a retried click. */
  actionTs?: string;
};

export type BlockActionPayload = Omit<BlockAction<ButtonAction | StaticSelectAction>, 'response_url'> & {
  response_url?: string;
};

/** A button click, as block_actions. */
export function blockAction(input: BlockActionInput): BlockActionPayload {
  const { actionId, value, userId = DEFAULT_USER, channelId = DEFAULT_CHANNEL, messageTs, responseUrl } = input;
  const common = { action_id: actionId, block_id: input.blockId ?? randomId(3), action_ts: input.actionTs ?? newTs() };
  const action: ButtonAction | StaticSelectAction =
    input.selectedOption === undefined
      ? {
          ...common,
          type: 'button',
          text: { type: 'plain_text', text: 'Button', emoji: true },
          ...(value === undefined ? {} : { value }),
        }
      : {
          ...common,
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: 'Option' }, value: input.selectedOption },
        };
  const base = {
    type: 'block_actions' as const,
    user: user(userId),
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: input.triggerId ?? newTriggerId(),
    team: { id: TEAM_ID, domain: TEAM_DOMAIN },
    is_enterprise_install: false,
    state: { values: {} },
    actions: [action],
    ...(responseUrl === undefined ? {} : { response_url: responseUrl }),
  };
  if (messageTs !== undefined) {
    return {
      ...base,
      container: { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
      channel: { id: channelId, name: channelName(channelId) },
      message: { type: 'message', ts: messageTs, user: BOT_USER_ID, bot_id: BOT_ID, text: '' },
    };
  }
  const view = viewOutput({ type: 'home', ...input.view });
  return { ...base, container: { type: 'view', view_id: view.id }, view };
}

export type ViewSubmissionInput = {
  callbackId: string;
  values: Record<string, Record<string, ViewStateValue>>;
  privateMetadata?: string;
  userId?: string;
};

/** A modal's submit button, with the input values keyed by block_id then action_id, as Slack sends them. */
export function viewSubmission(input: ViewSubmissionInput): ViewSubmitAction {
  const { callbackId, values, privateMetadata = '', userId = DEFAULT_USER } = input;
  return {
    type: 'view_submission',
    team: { id: TEAM_ID, domain: TEAM_DOMAIN },
    user: user(userId),
    api_app_id: APP_ID,
    token: VERIFICATION_TOKEN,
    trigger_id: newTriggerId(),
    view: viewOutput({
      callback_id: callbackId,
      private_metadata: privateMetadata,
      state: { values },
      submit: { type: 'plain_text', text: 'Submit', emoji: true },
      close: { type: 'plain_text', text: 'Cancel', emoji: true },
    }),
    response_urls: [],
    is_enterprise_install: false,
  };
}

function viewOutput(overrides: Partial<ViewOutput>): ViewOutput {
  const id = overrides.id ?? `V${randomId(5)}`;
  return {
    id,
    team_id: TEAM_ID,
    type: 'modal',
    blocks: [],
    private_metadata: '',
    callback_id: '',
    state: { values: {} },
    hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`,
    title: { type: 'plain_text', text: 'Hackfest', emoji: true },
    clear_on_close: false,
    notify_on_close: false,
    close: null,
    submit: null,
    previous_view_id: null,
    root_view_id: id,
    app_id: APP_ID,
    external_id: '',
    app_installed_team_id: TEAM_ID,
    bot_id: BOT_ID,
    ...overrides,
  };
}

function user(id: string) {
  return { id, username: id.toLowerCase(), name: id.toLowerCase(), team_id: TEAM_ID };
}

function channelName(channelId: string): string {
  return channelId.startsWith('D') ? 'directmessage' : 'general';
}

function newTriggerId(): string {
  return `${Date.now()}.111111.${randomBytes(16).toString('hex')}`;
}

/** Slack's message/event timestamp format: seconds with six decimals. */
function newTs(): string {
  return (Date.now() / 1000).toFixed(6);
}

function randomId(bytes: number): string {
  return randomBytes(bytes).toString('hex').toUpperCase();
}
