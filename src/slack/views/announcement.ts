import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest, Series } from '../../domain/hackfest.ts';
import { signupWindow } from '../../domain/lineup.ts';
import { describeRule } from '../../domain/recurrence.ts';
import type { Role } from '../../domain/refusals.ts';
import type { AnnouncementState } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { button, field, note } from './blocks.ts';
import { slackDate } from './dates.ts';
import { lineupBlocks, shownBlocks } from './lineupBoard.ts';
import { mentions } from './people.ts';
import { truncate, userText } from './text.ts';

export type AnnouncementContext = { calendarUrl: string; nextDates: number[]; now: number };

/** The channel message that is a hackfest's live view and sign-up board, rendered from its stored state. */
export function announcementMessage(
  { hackfest, series, demos, presented, heldOn = hackfest.startsAt, showOn = false }: AnnouncementState,
  context: AnnouncementContext,
): { text: string; blocks: KnownBlock[] } {
  const cancelled = hackfest.status === 'cancelled';
  const when = slackDate(hackfest.startsAt, hackfest.timeZone);
  const title = cancelled ? `Cancelled: ${hackfest.title}` : hackfest.title;
  const blocks: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: truncate(title, 150) } }];
  if (hackfest.description && !cancelled)
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: userText(hackfest.description, 3000) } });
  blocks.push({ type: 'section', fields: cancelled ? [field('Was', when)] : details(hackfest, series, context) });
  if (cancelled) {
    blocks.push(note(':no_entry: This hackfest is cancelled. Everyone concerned has been told.'));
  } else if (hackfest.status === 'held') {
    const shown = presented ?? [];
    blocks.push(
      { type: 'divider' },
      ...shownBlocks(shown),
      note(ROLES.map((role) => `${roleLabel(role)}: ${holderOf(hackfest, role) ?? 'nobody'}`).join(' · ')),
      note(
        `:checkered_flag: This hackfest took place on ${slackDate(heldOn, hackfest.timeZone, '{date_long_pretty}')}: ${shown.length} ${shown.length === 1 ? 'demo was' : 'demos were'} shown. Thanks to everyone who came!`,
      ),
    );
  } else {
    const window = signupWindow(hackfest, context.now);
    const open = window.state !== 'closed';
    blocks.push(
      { type: 'divider' },
      ...lineupBlocks(demos, hackfest.slots, { open }),
      ...ROLES.map((role) => roleBlock(hackfest, role)),
      { type: 'actions', elements: buttons(hackfest, { open, showOn }, context.calendarUrl) },
      ...(showOn ? [note(':microphone: The show is on: the run-of-show message below has the timer.')] : []),
      note(
        window.state === 'closed'
          ? ':lock: Sign-ups are closed.'
          : `:raising_hand: Sign-ups close ${slackDate(window.closesAt, hackfest.timeZone)}.`,
      ),
    );
  }
  const text = `${cancelled ? 'Cancelled: ' : ''}${userText(hackfest.title, 150)}, ${when}`;
  return { text, blocks };
}

function details(hackfest: Hackfest, series: Series | null, { nextDates }: AnnouncementContext) {
  const fields = [
    field('When', slackDate(hackfest.startsAt, hackfest.timeZone)),
    field('Length', formatDuration(hackfest.durationMs)),
    field('Demos', `${hackfest.slots} slots of ${formatDuration(hackfest.demoMs)}`),
    field('Organizers', mentions([hackfest.organizerId, ...hackfest.coOrganizerIds])),
  ];
  // Kept open by an organizer, sign-ups no longer close at their deadline: the note under the buttons says when.
  if (hackfest.signupDeadline < hackfest.startsAt && !hackfest.signupsReopened)
    fields.push(field('Sign-ups close', slackDate(hackfest.signupDeadline, hackfest.timeZone)));
  if (series) {
    const next = nextDates.slice(0, 3).map((date) => slackDate(date, series.timeZone, '{date_short_pretty}'));
    fields.push(
      field(
        'Repeats',
        `${describeRule(series.rule, series.firstStart)}${next.length ? `\nNext: ${next.join(', ')}` : ''}`,
      ),
    );
  }
  return fields;
}

/** "Withdraw" on a hackfest (the announcement, the App Home), after Slack's confirm dialog. */
export const withdrawButton = (hackfestId: string) =>
  button(ACTIONS.withdraw, 'Withdraw', hackfestId, {
    confirm: {
      title: { type: 'plain_text', text: 'Withdraw your demo?' },
      // Every reader sees the same dialog: owners withdraw their demo, team members only leave its team.
      text: {
        type: 'plain_text',
        text: "Your demo leaves the line-up and the first one waiting moves up. If it is someone else's demo, you only leave its team.",
      },
      confirm: { type: 'plain_text', text: 'Withdraw' },
      deny: { type: 'plain_text', text: 'Keep it' },
    },
  });

function buttons(hackfest: Hackfest, { open, showOn }: { open: boolean; showOn: boolean }, calendarUrl: string) {
  const { id } = hackfest;
  return [
    ...(open ? [button(ACTIONS.signUp, 'Sign up to demo', id, { style: 'primary' })] : []),
    button(ACTIONS.editDemo, 'Edit my demo', id),
    withdrawButton(id),
    button(ACTIONS.manageLineup, 'Manage line-up', id),
    ...(showOn ? [] : [button(ACTIONS.startShow, 'Start the show', id)]),
    {
      type: 'button' as const,
      action_id: ACTIONS.addToCalendar,
      text: { type: 'plain_text' as const, text: 'Add to calendar' },
      url: calendarUrl,
    },
    button(ACTIONS.downloadIcs, 'Download .ics', id),
  ];
}

const ROLES: readonly Role[] = ['emcee', 'timekeeper'];

const ROLE_DUTIES: Record<Role, string> = {
  emcee: 'starts the show and calls each presenter',
  timekeeper: 'keeps each demo to its time and rings the gong',
};

const roleLabel = (role: Role) => (role === 'emcee' ? ':microphone: *Emcee*' : ':stopwatch: *Timekeeper*');

const holderOf = (hackfest: Hackfest, role: Role) => {
  const holder = role === 'emcee' ? hackfest.emceeId : hackfest.timekeeperId;
  return holder && `<@${holder}>`;
};

/**
 * Who holds a role, and what anyone who sees it can do: claim it while it is free. A taken role's way to give it up
 * sits behind its ⋯ menu, each entry saying whose it is, since every reader of the channel sees the same menu.
 */
function roleBlock(hackfest: Hackfest, role: Role): KnownBlock {
  const holder = holderOf(hackfest, role);
  if (!holder)
    return {
      type: 'section',
      text: { type: 'mrkdwn', text: `${roleLabel(role)}: nobody yet. The ${role} ${ROLE_DUTIES[role]}.` },
      accessory: button(`${ACTIONS.claimRole}:${role}`, `Be the ${role}`, `claim:${role}:${hackfest.id}`),
    };
  const option = (text: string, what: string) => ({
    text: { type: 'plain_text' as const, text },
    value: `${what}:${role}:${hackfest.id}`,
  });
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: `${roleLabel(role)}: ${holder}` },
    accessory: {
      type: 'overflow',
      action_id: `${ACTIONS.releaseRole}:${role}`,
      options: [
        option(`Step down as ${role} (the ${role} only)`, 'step-down'),
        option('Free the role (organizers only)', 'free'),
      ],
    },
  };
}
