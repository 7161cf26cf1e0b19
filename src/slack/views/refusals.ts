import type { UserId } from '../../domain/hackfest.ts';
import { describeRule } from '../../domain/recurrence.ts';
import type { Refusal } from '../../domain/refusals.ts';
import { ACTIONS } from '../ids.ts';
import { button, section } from './blocks.ts';
import { slackDate } from './dates.ts';
import { type EphemeralMessage, ephemeral } from './message.ts';
import { mentions } from './people.ts';
import { escapeText, userText } from './text.ts';

/** Why nothing changed, for the person who asked. */
export function refusalMessage(refusal: Refusal): EphemeralMessage {
  switch (refusal.refused) {
    case 'not-found':
      return ephemeral(':mag: That hackfest is no longer on the calendar. `/hackfest list` shows what is.');
    case 'not-organizer': {
      const { hackfest } = refusal;
      return ephemeral(
        `:lock: Only the organizers of *${userText(hackfest.title, 150)}* (${mentions([hackfest.organizerId, ...hackfest.coOrganizerIds])}) or a workspace admin can change it. Nothing was changed.`,
      );
    }
    case 'not-series-organizer': {
      const { series } = refusal;
      return ephemeral(
        `:lock: Only the organizers of the *${userText(series.title, 150)}* series (${mentions([series.organizerId, ...series.coOrganizerIds])}) or a workspace admin can end it. Nothing was changed.`,
      );
    }
    case 'cancelled':
      return ephemeral(`*${userText(refusal.hackfest.title, 150)}* is already cancelled. Nothing was changed.`);
    case 'over':
      return ephemeral(`*${userText(refusal.hackfest.title, 150)}* is already over. Nothing was changed.`);
    case 'held': {
      const { hackfest } = refusal;
      return ephemeral(
        `:checkered_flag: *${userText(hackfest.title, 150)}* has taken place: its show is over. Nothing was changed.`,
      );
    }
    case 'show-on':
      return ephemeral(
        `:microphone: The show of *${userText(refusal.hackfest.title, 150)}* is on: while it runs, the hackfest cannot be moved or cancelled. To stop it, end the show first (\`/hackfest end\`). Nothing was changed.`,
      );
    case 'show-on-order':
      return ephemeral(
        `:microphone: The show of *${userText(refusal.hackfest.title, 150)}* is on: the emcee calls the demos now, in the order of the run-of-show message (*Skip* moves an absent presenter to the end). Nothing was changed.`,
      );
    case 'off-rule':
      return ephemeral(
        `:calendar: That date is not one of the series' dates (${escapeText(describeRule(refusal.series.rule, refusal.series.firstStart))}). Pick one that fits, or to change how it repeats, end the series and schedule a new one.`,
      );
    case 'signups-closed':
      return ephemeral(
        `:lock: Sign-ups for *${userText(refusal.hackfest.title, 150)}* are closed. Nothing was changed; an organizer can reopen them from Manage line-up.`,
      );
    case 'already-presenting':
      return ephemeral(
        `:raising_hand: ${mentions(refusal.userIds)} already ${refusal.userIds.length === 1 ? 'presents a demo' : 'present demos'} at *${userText(refusal.hackfest.title, 150)}*: one demo each. Use *Edit my demo* to change yours.`,
      );
    case 'no-demo':
      return ephemeral(
        `:information_source: You have no demo at *${userText(refusal.hackfest.title, 150)}*. While its sign-ups are open, *Sign up to demo* adds one.`,
      );
    case 'in-team':
      return ephemeral(
        `:information_source: *${userText(refusal.demoTitle, 150)}* is <@${refusal.ownerId}>'s demo: only they can edit it. To leave its team, use *Withdraw*.`,
      );
    case 'not-running-the-show':
      return ephemeral(
        `:lock: Only the emcee, the timekeeper or the organizers of *${userText(refusal.hackfest.title, 150)}* can run the show. Claim a role on its announcement. Nothing was changed.`,
      );
    case 'role-taken': {
      const { hackfest, role, by } = refusal;
      return ephemeral(
        `:raising_hand: <@${by}> is the ${role} of *${userText(hackfest.title, 150)}*: only they or an organizer can free the role. Ask <@${by}> to step down (the ⋯ beside their name on the announcement), or an organizer (${mentions([hackfest.organizerId, ...hackfest.coOrganizerIds])}) to free it. Nothing was changed.`,
      );
    }
    case 'too-early': {
      const { hackfest } = refusal;
      const text = `:hourglass: *${userText(hackfest.title, 150)}* is on ${slackDate(hackfest.startsAt, hackfest.timeZone)}. Start the show now anyway? Nothing was started yet.`;
      return {
        ...ephemeral(text),
        blocks: [
          section(text),
          {
            type: 'actions',
            elements: [button(ACTIONS.startShowEarly, 'Start it now', hackfest.id, { style: 'danger' })],
          },
        ],
      };
    }
    case 'nothing-to-start':
      return ephemeral(
        ':calendar: There is no hackfest in this channel to start. `/hackfest list` shows what is coming; `/hackfest schedule` puts one on the calendar.',
      );
    case 'no-show':
      return ephemeral(
        ':microphone: There is no show running in this channel. The emcee starts it with `/hackfest start` or *Start the show*.',
      );
    case 'timer':
      return ephemeral(`:stopwatch: ${refusal.reason} Nothing was changed.`);
    case 'proposal-not-found':
      return ephemeral(':mag: That proposal is gone. `/hackfest propose` starts a new one.');
    case 'not-proposer':
      return ephemeral(
        `:lock: Only <@${refusal.proposal.proposerId}>, who proposed *${userText(refusal.proposal.title, 150)}*, or a workspace admin can adjust or schedule it. *Suggest a change* instead. Nothing was changed.`,
      );
    case 'proposal-scheduled':
      return ephemeral(
        `:calendar: *${userText(refusal.proposal.title, 150)}* is already scheduled: see its announcement in <#${refusal.proposal.scheduled?.channelId ?? refusal.proposal.channelId}>. Nothing was changed.`,
      );
    case 'no-feedback-open':
      return ephemeral(
        ':speech_balloon: There is no hackfest taking feedback in this channel. Feedback opens when a hackfest ends, for 14 days.',
      );
    case 'feedback-closed':
      return ephemeral(
        `:lock: Feedback on *${userText(refusal.hackfest.title, 150)}* is closed. Thanks all the same! Nothing was changed.`,
      );
    case 'feedback-already-closed':
      return ephemeral(
        `:lock: Feedback on *${userText(refusal.hackfest.title, 150)}* is already closed: its summary went to the organizers' DMs. Nothing was changed.`,
      );
    case 'too-far-ahead':
      return ephemeral(
        `:hourglass: That is more than 2 years ahead: hackfests are scheduled at most 2 years ahead. Pick a nearer time for *${userText(refusal.hackfest.title, 150)}* (\`/hackfest reschedule "${userText(refusal.hackfest.title, 150)}"\` opens the form). Nothing was changed.`,
      );
    case 'same-time': {
      const title = userText(refusal.hackfest.title, 150);
      return ephemeral(
        `:calendar: *${title}* is already on the calendar in this channel at ${slackDate(refusal.hackfest.startsAt, refusal.hackfest.timeZone)}. Pick another time (\`/hackfest reschedule "${title}"\` opens the form). Nothing was changed.`,
      );
    }
    case 'in-the-past':
      return ephemeral(
        ':hourglass: That time is in the past: pick a future one, e.g. `/hackfest reschedule "Winter Hackfest" 2026-12-18 14:00`.',
      );
  }
}

/**
 * The refusal in plain words, for a modal's inline error: Slack shows those as plain text, so a mention, bold or a
 * date token would show as its raw markup. `askerId` is who submitted the form.
 */
export function refusalReason(refusal: Refusal, askerId: UserId): string {
  switch (refusal.refused) {
    case 'already-presenting': {
      const title = plainTitle(refusal.hackfest.title);
      if (refusal.userIds.includes(askerId))
        return `You already present a demo at ${title}: one demo each. Use Edit my demo on its announcement to change yours.`;
      const count = refusal.userIds.length;
      return `${count === 1 ? 'One person' : `${count} people`} in this team already ${count === 1 ? 'presents a demo' : 'present demos'} at ${title}: one demo each. Leave them out, or ask them to add you to theirs.`;
    }
    case 'not-organizer':
      return `Only the organizers of ${plainTitle(refusal.hackfest.title)} or a workspace admin can change it. Nothing was changed.`;
    case 'not-proposer':
      return `Only the person who proposed ${plainTitle(refusal.proposal.title)}, or a workspace admin, can adjust or schedule it. Suggest a change instead. Nothing was changed.`;
    default:
      return plainText(refusalMessage(refusal).text);
  }
}

const plainTitle = (title: string): string => plainText(userText(title, 150));

/** mrkdwn as plain text: no leading emoji, bold or code marks; a date token's fallback, a channel's name; unescaped. */
const plainText = (mrkdwn: string): string =>
  mrkdwn
    .replace(/^:\w+: /, '')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<#\w+\|([^>]*)>/g, '#$1')
    .replace(/<#\w+>/g, 'its channel')
    .replace(/[*`]/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
