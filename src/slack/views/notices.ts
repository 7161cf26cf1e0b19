import { formatDuration } from '../../domain/duration.ts';
import type { Notice } from '../../domain/notices.ts';
import { describeRule } from '../../domain/recurrence.ts';
import { COMMAND } from '../ids.ts';
import { slackDate } from './dates.ts';
import type { Message } from './message.ts';
import { mentions } from './people.ts';
import { userLine, userText } from './text.ts';

/** A DM telling one person about a change; `text` is the notification line. */
export function noticeMessage(notice: Notice): Message {
  const text = wording(notice);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

function wording(notice: Notice): string {
  switch (notice.kind) {
    case 'rescheduled': {
      const { hackfest } = notice;
      return `:calendar: *${userText(hackfest.title, 150)}* moved from ${slackDate(notice.previousStartsAt, hackfest.timeZone)} to ${slackDate(hackfest.startsAt, hackfest.timeZone)}, by <@${notice.by}>.`;
    }
    case 'seriesAdjusted': {
      const { hackfest, series } = notice;
      return `:memo: *${userText(hackfest.title, 150)}* changes from ${slackDate(hackfest.startsAt, hackfest.timeZone)} on, by <@${notice.by}>: ${formatDuration(series.durationMs)} long, ${series.slots} demo slots of up to ${formatDuration(series.demoMs)}, repeating ${describeRule(series.rule, series.firstStart)}.`;
    }
    case 'cancelled': {
      const { hackfest } = notice;
      return `:no_entry: *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)} is cancelled, by <@${notice.by}>.`;
    }
    case 'seriesEnded':
      return `:no_entry: The *${userText(notice.series.title, 150)}* series has ended, by <@${notice.by}>; its coming dates are cancelled.`;
    case 'promoted': {
      const { hackfest } = notice;
      return `:tada: A slot opened up: *${userText(notice.demoTitle, 150)}* is now number ${notice.position} in the line-up of *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)}.`;
    }
    case 'lineupMoved': {
      const { hackfest } = notice;
      return `:arrows_counterclockwise: The organizers changed the running order of *${userText(hackfest.title, 150)}*: *${userText(notice.demoTitle, 150)}* is now number ${notice.position}.`;
    }
    case 'removedFromWaitlist': {
      const { hackfest } = notice;
      return `:wave: *${userText(notice.demoTitle, 150)}* is off the waitlist of *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)}: <@${notice.by}>, an organizer, removed it.`;
    }
    case 'teamChanged': {
      const { hackfest } = notice;
      const demo = `*${userText(notice.demoTitle, 150)}* at *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)}`;
      return notice.joined
        ? `:raising_hand: <@${notice.by}> put you on the team of ${demo}: you present it with them. To leave the team, use *Withdraw* on its announcement.`
        : `:wave: <@${notice.by}> took you off the team of ${demo}.`;
    }
    case 'teamMemberLeft': {
      const { hackfest } = notice;
      return `:wave: <@${notice.memberId}> left the team of *${userText(notice.demoTitle, 150)}* at *${userText(hackfest.title, 150)}*: you present it without them.`;
    }
    case 'demoWithdrawn': {
      const { hackfest } = notice;
      return `:wave: <@${notice.by}> withdrew *${userText(notice.demoTitle, 150)}* from *${userText(hackfest.title, 150)}* on ${slackDate(hackfest.startsAt, hackfest.timeZone)}, so you no longer present it with them.`;
    }
    case 'upNext': {
      const { hackfest } = notice;
      return `:microphone: You're up next at *${userText(hackfest.title, 150)}*: get *${userText(notice.demoTitle, 150)}* ready!`;
    }
    case 'presenting': {
      const { hackfest } = notice;
      return `:microphone: *${userText(hackfest.title, 150)}* starts ${slackDate(hackfest.startsAt, hackfest.timeZone)}: you present *${userText(notice.demoTitle, 150)}* as number ${notice.position}. Good luck!`;
    }
    case 'remindersBlocked': {
      const { hackfest } = notice;
      return `:warning: I can't post in <#${hackfest.channelId}> any more, so *${userText(hackfest.title, 150)}* gets no reminders there. Invite me back with \`/invite @Hackfest\` to turn them on again.`;
    }
    case 'suggestionReceived': {
      const { proposal, suggestion } = notice;
      return `:speech_balloon: <@${suggestion.userId}> suggests a change to your proposal *${userText(proposal.title, 150)}* (${suggestion.aspect}): “${userText(suggestion.text, 500)}”. Use *Adjust* on the proposal if it helps.`;
    }
    case 'proposalAdjusted': {
      const { proposal, adjustments, yours } = notice;
      const changes = adjustments.map(
        (each) =>
          `• ${each.what}: ${userLine(each.from, 100)} → ${userLine(each.to, 100)}${each.answersSuggestions ? ', after feedback' : ''}`,
      );
      const by = mentions([...new Set(adjustments.map((each) => each.by))]);
      return [
        `:pencil2: ${by} adjusted ${yours ? 'your proposal ' : ''}*${userText(proposal.title, 150)}*${yours ? '' : ', which you back'}:`,
        ...changes.slice(0, 20),
      ].join('\n');
    }
    case 'proposalScheduled': {
      const { proposal, hackfest } = notice;
      return `:calendar: *${userText(proposal.title, 150)}*, which you backed, is on the calendar: ${slackDate(hackfest.startsAt, hackfest.timeZone)} in <#${hackfest.channelId}>. Sign up to demo there!`;
    }
    case 'seriesRunningOut': {
      const { series, upcoming } = notice;
      const dates = upcoming.map((date) => slackDate(date, series.timeZone)).join(', ');
      const left = upcoming.length === 0 ? 'has no dates left' : `has only one date left: ${dates}`;
      return `:hourglass: *${userText(series.title, 150)}* ${left}. Keep it on the calendar: schedule what comes next with \`${COMMAND} schedule\`.`;
    }
  }
}
