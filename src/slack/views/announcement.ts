import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import type { Hackfest, Series } from '../../domain/hackfest.ts';
import { describeRule } from '../../domain/recurrence.ts';
import { ACTIONS } from '../ids.ts';
import { slackDate } from './dates.ts';
import { mentions } from './people.ts';
import { truncate, userText } from './text.ts';

export type AnnouncementContext = { calendarUrl: string; nextDates: number[] };

/** The channel message that is a hackfest's live view, rendered from its stored state. */
export function announcementMessage(
  hackfest: Hackfest,
  series: Series | null,
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
  } else {
    blocks.push(
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: ACTIONS.addToCalendar,
            text: { type: 'plain_text', text: 'Add to calendar' },
            url: context.calendarUrl,
          },
          {
            type: 'button',
            action_id: ACTIONS.downloadIcs,
            text: { type: 'plain_text', text: 'Download .ics' },
            value: hackfest.id,
          },
        ],
      },
      note(':raising_hand: Demo sign-ups open here soon.'),
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
  if (hackfest.signupDeadline < hackfest.startsAt)
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

const field = (label: string, value: string) => ({ type: 'mrkdwn' as const, text: `*${label}*\n${value}` });

const note = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
