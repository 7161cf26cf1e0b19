import type { KnownBlock } from '@slack/types';
import type { UserId } from '../../domain/hackfest.ts';
import { type Demo, presenters } from '../../domain/lineup.ts';
import { canSkip, elapsed, isOn, type Live, limit, type Presented, remaining } from '../../domain/timer.ts';
import type { ShowState } from '../../ports.ts';
import { ACTIONS } from '../ids.ts';
import { counted } from './counted.ts';
import { mentions } from './people.ts';
import { userLine, userText } from './text.ts';

const BAR_LENGTH = 10;

/** 90 000 ms → "1:30"; from an hour on, with the hours: 3 900 000 ms → "1:05:00". */
export function clock(ms: number): string {
  const seconds = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return minutes < 60
    ? `${minutes}:${twoDigits(seconds % 60)}`
    : `${Math.floor(minutes / 60)}:${twoDigits(minutes % 60)}:${twoDigits(seconds % 60)}`;
}

/** `▓▓▓▓▓▓░░░░ 2:00 left` (and whether the gong rang early), or the overrun counting up once time is out. */
export function timerLine(show: Live, now: number): string {
  const left = remaining(show, now);
  const filled = Math.min(
    BAR_LENGTH,
    Math.max(0, Math.round((elapsed(show, now) / Math.max(limit(show), 1)) * BAR_LENGTH)),
  );
  const bar = `${'▓'.repeat(filled)}${'░'.repeat(BAR_LENGTH - filled)}`;
  const state =
    left >= 0 ? `${clock(left)} left${show.gonged ? ' · :bell: gong rung' : ''}` : `:bell: over by ${clock(left)}`;
  return `\`${bar}\` ${state}${show.status === 'paused' ? ' · :double_vertical_bar: paused' : ''}`;
}

const describe = (demo: Demo | undefined) =>
  demo ? `*${userText(demo.title, 100)}* · ${mentions(presenters(demo))}` : '_a demo that was withdrawn_';

/** The demo on stage with its one line from the sign-up form, for the emcee to introduce it by. */
const onStageLine = (demo: Demo | undefined) =>
  `*Now presenting:* ${describe(demo)}${demo?.description ? `\n> ${userLine(demo.description, 300)}` : ''}`;

/** The run-of-show message: who is on, the timer, who is next and the controls; after the end, the summary. */
export function runOfShowMessage(
  { hackfest, demos, stored }: ShowState,
  now: number,
): { text: string; blocks: KnownBlock[] } {
  const { show } = stored;
  const title = userText(hackfest.title, 100);
  const byId = new Map(demos.map((demo) => [demo.id, demo]));
  if (show.status === 'ended') {
    const lines = show.presented.map((done, index) => summaryLine(done, index, byId.get(done.demoId)));
    const total = clock(show.endedAt - show.showStartedAt);
    const gongs = show.presented.filter((done) => done.gonged).length;
    const text = `*${title}* is over: ${counted(show.presented.length, 'demo')} in ${total}, ${counted(gongs, 'gong')}.`;
    return {
      text: `${title} is over`,
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: `:checkered_flag: ${text}` } },
        ...chunks(lines).map((chunk): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: chunk } })),
        {
          type: 'context',
          elements: [
            {
              type: 'mrkdwn',
              text: 'Thanks, everyone! Feedback is asked for in the channel: while it is open, tell us how it went with *Give feedback* or `/hackfest feedback`.',
            },
          ],
        },
      ],
    };
  }
  if (show.status === 'not-started') return { text: `${title}: the show has not started`, blocks: [] };
  const onStage = show.programme[show.current]?.demoId ?? '';
  const current = byId.get(onStage);
  const upNext = show.programme[show.current + 1];
  const last = upNext === undefined;
  const button = (actionId: string, text: string, style?: 'primary' | 'danger') => ({
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text },
    value: hackfest.id,
    ...(style ? { style } : {}),
  });
  return {
    text: `${title}: now presenting ${current ? userText(current.title, 100) : 'a demo'}`,
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: `🎤 Run of show (${show.current + 1}/${show.programme.length})` },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `${onStageLine(current)}\n${timerLine(show, now)}` },
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: last ? 'This is the last demo.' : `Up next: ${describe(byId.get(upNext.demoId))}` },
        ],
      },
      {
        type: 'actions',
        elements: [
          // Next and Skip name the demo on stage, so a double click moves on once.
          last
            ? button(ACTIONS.showEnd, 'End the show', 'primary')
            : { ...button(ACTIONS.showNext, 'Next', 'primary'), value: `${hackfest.id}:${onStage}` },
          {
            ...button(ACTIONS.showPauseResume, show.status === 'paused' ? 'Resume' : 'Pause'),
            value: `${show.status === 'paused' ? 'resume' : 'pause'}:${hackfest.id}`,
          },
          button(ACTIONS.showExtend, '+1 min'),
          // The gong rings once a demo, and not while paused: then the button would only be refused.
          ...(show.gonged || show.status === 'paused' ? [] : [button(ACTIONS.showGong, 'Gong', 'danger')]),
          ...(last || !canSkip(show, now)
            ? []
            : [{ ...button(ACTIONS.showSkip, 'Skip (not here)'), value: `${hackfest.id}:${onStage}` }]),
          ...(last ? [] : [{ ...button(ACTIONS.showEnd, 'End the show'), confirm: confirmEnd(show) }]),
        ],
      },
    ],
  };
}

/** Ending with demos still to come is asked about first: an ended show cannot start again. */
const confirmEnd = (show: Live) => ({
  title: { type: 'plain_text' as const, text: 'End the show now?' },
  text: {
    type: 'plain_text' as const,
    text: `${counted(show.programme.length - show.current - 1, 'demo')} still to come will not be presented. An ended show cannot start again.`,
  },
  confirm: { type: 'plain_text' as const, text: 'End the show' },
  deny: { type: 'plain_text' as const, text: 'Keep going' },
  style: 'danger' as const,
});

function summaryLine(done: Presented, index: number, demo: Demo | undefined): string {
  const over = done.ranMs - done.limitMs;
  return `${index + 1}. ${describe(demo)} · ${clock(done.ranMs)} of ${clock(done.limitMs)}${over > 0 ? ` (over by ${clock(over)})` : ''}${done.gonged ? ' :bell:' : ''}`;
}

/** Lines grouped so each section stays well under 3000 characters. */
function chunks(lines: string[]): string[] {
  const groups: string[] = [];
  for (let i = 0; i < lines.length; i += 10) groups.push(lines.slice(i, i + 10).join('\n'));
  return groups.slice(0, 40);
}

export function warningText(state: ShowState): string {
  const current = currentDemo(state);
  return `:stopwatch: One minute left${current ? ` for *${userText(current.title, 100)}* (${mentions(presenters(current))})` : ''}.`;
}

/**
 * The gong: rung when time ran out, that it did (or by how much, when it rings late); rung by hand, who rang it and
 * the time left (or over).
 */
export function gongText(state: ShowState, now: number, ringer: UserId | null): string {
  const current = currentDemo(state);
  const { show } = state.stored;
  const left = isOn(show) ? remaining(show, now) : 0;
  const demo = current ? `*${userText(current.title, 100)}*` : 'the demo on stage';
  // On time, the overrun is under a second, which would read "over by 0:00".
  const rung =
    ringer === null
      ? `${demo} ${left > -1000 ? 'is out of time' : `ran over by ${clock(left)}`}.`
      : `${mentions([ringer])} rang the gong for ${demo} ${left >= 0 ? `with ${clock(left)} left` : `over by ${clock(left)}`}.`;
  return `:bell: GONG! ${rung}${current ? ` ${mentions(presenters(current))}, please wrap up.` : ''}`;
}

function currentDemo({ stored, demos }: ShowState): Demo | undefined {
  const { show } = stored;
  if (!isOn(show)) return undefined;
  return demos.find((demo) => demo.id === show.programme[show.current]?.demoId);
}
