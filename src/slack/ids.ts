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
  addToCalendar: 'add_to_calendar',
  downloadIcs: 'download_ics',
  confirmCancel: 'confirm_cancel',
  confirmEndSeries: 'confirm_end_series',
  signUp: 'sign_up',
  editDemo: 'edit_demo',
  withdraw: 'withdraw_demo',
  manageLineup: 'manage_lineup',
  moveDemo: 'move_demo',
  removeWaiting: 'remove_waiting_demo',
  shuffleLineup: 'shuffle_lineup',
  toggleSignups: 'toggle_signups',
  toggleOneDemoEach: 'toggle_one_demo_each',
  claimRole: 'claim_role',
  releaseRole: 'release_role',
  startShow: 'start_show',
  startShowEarly: 'start_show_early',
  showNext: 'show_next',
  showPauseResume: 'show_pause_resume',
  showExtend: 'show_extend',
  showGong: 'show_gong',
  showSkip: 'show_skip',
  showEnd: 'show_end',
  pickHackfest: 'pick_hackfest',
  backProposal: 'back_proposal',
  suggestChange: 'suggest_change',
  adjustProposal: 'adjust_proposal',
  scheduleProposal: 'schedule_proposal',
  giveFeedback: 'give_feedback',
  closeFeedback: 'close_feedback',
  extendFeedback: 'extend_feedback',
  applyFeedback: 'apply_feedback',
} as const;

export const CALLBACKS = {
  schedule: 'schedule_hackfest',
  adjustSeries: 'adjust_series',
  reschedule: 'reschedule_hackfest',
  signUp: 'sign_up_demo',
  editDemo: 'edit_demo',
  manageLineup: 'manage_lineup',
  propose: 'propose_hackfest',
  adjustProposal: 'adjust_proposal',
  suggestChange: 'suggest_change',
  feedback: 'give_feedback',
} as const;

/** Block ids of the modal inputs: inline errors are keyed by them. */
export const FIELDS = {
  title: 'title',
  start: 'start',
  length: 'length',
  slots: 'slots',
  demo: 'demo',
  deadline: 'deadline',
  channel: 'channel',
  recurrence: 'recurrence',
  everyNWeeks: 'every_n_weeks',
  customRule: 'custom_rule',
  coOrganizers: 'co_organizers',
  description: 'description',
  scope: 'scope',
  team: 'team',
  reminders: 'reminders',
  hackfest: 'hackfest',
  why: 'why',
  format: 'format',
  frequency: 'frequency',
  topics: 'topics',
  aspect: 'aspect',
  suggestion: 'suggestion',
  rating: 'rating',
  favourite: 'favourite',
  comment: 'comment',
  anonymous: 'anonymous',
  frequencyLeaning: 'frequency_leaning',
  frequencyChange: 'frequency_change',
  lengthLeaning: 'length_leaning',
  lengthChange: 'length_change',
  topicsLeaning: 'topics_leaning',
  topicsChange: 'topics_change',
  formatLeaning: 'format_leaning',
  formatChange: 'format_change',
} as const;

export type Field = keyof typeof FIELDS;

export const EVENTS = {
  appHomeOpened: 'app_home_opened',
} as const;

export const BOT_SCOPES = [
  'commands',
  'chat:write',
  'users:read',
  'channels:read',
  'groups:read',
  'im:write',
  'files:write',
  'channels:history',
  'groups:history',
  'reactions:write',
] as const;
