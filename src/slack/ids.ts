/**
 * Every string Slack and the app must agree on: the command, its subcommands, action and callback ids, the
 * events listened to, and the bot scopes the code needs. manifest.yml declares the same; a test keeps them equal.
 */

export const COMMAND = '/hackfest';

export const SUBCOMMANDS = [
  'help',
  'about',
  'propose',
  'schedule',
  'list',
  'signup',
  'start',
  'next',
  'gong',
  'extend',
  'pause',
  'resume',
  'end',
  'reschedule',
  'cancel',
  'reminders',
  'feedback',
  'export',
] as const;

export type Subcommand = (typeof SUBCOMMANDS)[number];

export const ACTIONS = {
  proposeHackfest: 'propose_hackfest',
} as const;

export const CALLBACKS = {} as const;

export const EVENTS = {
  appHomeOpened: 'app_home_opened',
} as const;

export const BOT_SCOPES = ['commands'] as const;
