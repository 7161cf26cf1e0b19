import type { HomeView, KnownBlock } from '@slack/types';
import { type ChannelEntry, type DashboardEntry, HOME_LIMITS, type Involvement } from '../../domain/dashboard.ts';
import { isOpen } from '../../domain/feedback.ts';
import { signupsOpen } from '../../domain/lineup.ts';
import { describeRule } from '../../domain/recurrence.ts';
import { reminderPlan } from '../../domain/reminders.ts';
import type { Home } from '../../ports.ts';
import { ACTIONS, COMMAND } from '../ids.ts';
import { withdrawButton } from './announcement.ts';
import { button, header, note, section } from './blocks.ts';
import { counted } from './counted.ts';
import { slackDate } from './dates.ts';
import { feedbackSummaryBlocks } from './feedback.ts';
import { backingWords } from './proposal.ts';
import { REMINDER_DESCRIPTIONS } from './reminderPlan.ts';
import { userText } from './text.ts';

const ROLE_WORDS = { organizer: 'organizer', emcee: 'emcee', timekeeper: 'timekeeper' } as const;

const describe = (involvement: Involvement) =>
  involvement.role === 'presenter'
    ? `presenting *${userText(involvement.demoTitle, 80)}* (number ${involvement.position})`
    : involvement.role === 'waitlisted'
      ? `*${userText(involvement.demoTitle, 80)}* on the waitlist (number ${involvement.position})`
      : ROLE_WORDS[involvement.role];

const more = (items: readonly unknown[], shown: number, what: string): KnownBlock[] =>
  items.length > shown ? [note(`…and more ${what}.`)] : [];

/**
 * A person's App Home, rendered from the database: the upcoming hackfests they have a part in (with their demos'
 * Edit and Withdraw, and for organizers Manage line-up and the reminder plan), those in their channels to sign up
 * for, open proposals there to back, and for organizers the feedback on hackfests they ran. Each list is capped, so the
 * view stays within 100 blocks.
 */
export function homeView(home: Home): HomeView {
  const { upcoming, proposals, past } = home;
  if (upcoming.length === 0 && proposals.length === 0 && past.length === 0) return emptyHomeView(home);
  return {
    type: 'home',
    blocks: [
      header('Your hackfests'),
      ...(upcoming.length === 0 ? [note('None coming up. Sign up to demo on an announcement, or schedule one.')] : []),
      ...upcoming.slice(0, HOME_LIMITS.upcoming).flatMap((entry) => upcomingBlocks(entry, home.now)),
      ...(upcoming.length > HOME_LIMITS.upcoming || home.unreadUpcoming
        ? [note('…and more hackfests: `/hackfest list all` shows them.')]
        : []),
      ...inYourChannelsBlocks(home),
      ...proposalBlocks(home),
      ...pastBlocks(home),
      { type: 'divider' },
      ...whereToBegin(),
    ],
  };
}

function upcomingBlocks({ hackfest, involvement, series }: DashboardEntry, now: number): KnownBlock[] {
  const blocks = [
    section(
      `*${userText(hackfest.title, 150)}* in <#${hackfest.channelId}>\n${slackDate(hackfest.startsAt, hackfest.timeZone)} · you: ${involvement.map(describe).join(', ')}${series ? `\n:repeat: ${seriesLine(series)}` : ''}`,
    ),
  ];
  const organizer = involvement.some((each) => each.role === 'organizer');
  const presenting = involvement.some((each) => each.role === 'presenter' || each.role === 'waitlisted');
  const actions = [
    ...(presenting ? [button(ACTIONS.editDemo, 'Edit my demo', hackfest.id), withdrawButton(hackfest.id)] : []),
    ...(organizer ? [button(ACTIONS.manageLineup, 'Manage line-up', hackfest.id)] : []),
  ];
  if (actions.length > 0) blocks.push({ type: 'actions', elements: actions });
  if (organizer) {
    const plan = reminderPlan(hackfest, now).map(({ kind }) => REMINDER_DESCRIPTIONS[kind].split(',')[0]);
    const reminders = hackfest.reminders.length === 0 ? 'none chosen' : plan.length ? plan.join(' · ') : 'none left';
    blocks.push(note(`:alarm_clock: Reminders: ${reminders}`));
  }
  return blocks;
}

/** How a series repeats and how many of its dates follow, which `/hackfest list` shows in its channel. */
function seriesLine({ series, laterDates }: NonNullable<DashboardEntry['series']>): string {
  const repeats = userText(describeRule(series.rule, series.firstStart), 200);
  if (laterDates === 0) return `${repeats} · no more dates yet`;
  return `${repeats} · ${laterDates} more ${laterDates === 1 ? 'date' : 'dates'}: \`${COMMAND} list\` in <#${series.channelId}> shows them`;
}

/** Upcoming hackfests in the person's channels that they have no part in yet, each with "Sign up to demo" if open. */
function inYourChannelsBlocks({
  inYourChannels: { shown, more },
  now,
}: Pick<Home, 'inYourChannels' | 'now'>): KnownBlock[] {
  if (shown.length === 0) return [];
  return [
    header('Coming up in your channels'),
    ...shown.map((entry) => channelEntryBlock(entry, now)),
    ...(more > 0 ? [note(`…and ${more} more: \`${COMMAND} list all\` shows them.`)] : []),
  ];
}

function channelEntryBlock({ hackfest, taken }: ChannelEntry, now: number): KnownBlock {
  const open = signupsOpen(hackfest, now);
  return {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: `:calendar: *${userText(hackfest.title, 150)}* in <#${hackfest.channelId}>\n${slackDate(hackfest.startsAt, hackfest.timeZone)} · ${taken}/${hackfest.slots} demo slots taken${open ? '' : ' · sign-ups closed'}`,
    },
    ...(open ? { accessory: button(ACTIONS.signUp, 'Sign up to demo', hackfest.id, { style: 'primary' }) } : {}),
  };
}

/**
 * Open proposals in the person's channels, newest first, each with its backing and a button that toggles theirs:
 * "Back this", or "Withdraw backing" for one they back.
 */
function proposalBlocks({ proposals }: Home): KnownBlock[] {
  if (proposals.length === 0) return [];
  return [
    header('Open proposals'),
    ...proposals.slice(0, HOME_LIMITS.proposals).map(
      ({ proposal, backing, youBack }): KnownBlock => ({
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:bulb: *${userText(proposal.title, 150)}* in <#${proposal.channelId}>\nproposed by <@${proposal.proposerId}> · ${backingWords(backing, youBack)}`,
        },
        accessory: button(ACTIONS.backProposal, youBack ? 'Withdraw backing' : 'Back this', proposal.id),
      }),
    ),
    ...more(proposals, HOME_LIMITS.proposals, 'proposals: `/hackfest list all` shows those in your channels'),
  ];
}

/** For organizers: the feedback on the hackfests they have run (or are running), the latest in full. */
function pastBlocks({ past, latestFeedback, now }: Home): KnownBlock[] {
  if (past.length === 0) return [];
  const others = past
    .filter(({ hackfest }) => hackfest.id !== latestFeedback?.hackfest.id)
    .slice(0, HOME_LIMITS.past)
    .map(({ hackfest, window, responses }) => {
      const state = !window ? 'feedback opens when it ends' : isOpen(window, now) ? 'feedback open' : 'feedback closed';
      return `• *${userText(hackfest.title, 100)}* (${slackDate(hackfest.startsAt, hackfest.timeZone, '{date_short_pretty}')}): ${counted(responses, 'response')}, ${state}`;
    });
  return [
    header('Feedback on your hackfests'),
    ...(latestFeedback ? feedbackSummaryBlocks(latestFeedback, now) : []),
    ...(others.length > 0 ? [section(others.join('\n'))] : []),
  ];
}

/**
 * The App Home of someone with no part in anything yet: what the app is, in three lines, the hackfests coming up in
 * their channels, and where to begin.
 */
export function emptyHomeView(home: Pick<Home, 'inYourChannels' | 'now'>): HomeView {
  return {
    type: 'home',
    blocks: [
      header('Hackfest'),
      section(
        [
          ':bulb: *Propose* a hackfest and gather backing from your colleagues.',
          ':calendar: *Schedule* it once or as a series; sign-ups and reminders run in the channel.',
          ':bell: *Run the show*: a timer for every demo, and the gong when one runs long.',
        ].join('\n'),
      ),
      ...inYourChannelsBlocks(home),
      ...whereToBegin(),
    ],
  };
}

/** The "Propose a hackfest" button and where to find the commands. */
function whereToBegin(): KnownBlock[] {
  return [
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: ACTIONS.proposeHackfest,
          text: { type: 'plain_text', text: 'Propose a hackfest' },
          style: 'primary',
        },
      ],
    },
    note(`Or type \`${COMMAND} help\` in any channel the app is in.`),
  ];
}
