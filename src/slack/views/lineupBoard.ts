import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import { type Demo, lineup, presenters } from '../../domain/lineup.ts';
import { mentions } from './people.ts';
import { userText } from './text.ts';

/** How many demos of each list the message shows; the rest are counted, so a full line-up stays within limits. */
const SHOWN_ON_STAGE = 30;
const SHOWN_WAITING = 10;
/** Lines per section, well within a section's 3000 characters even with long titles and several presenters. */
const LINES_PER_SECTION = 10;
const TITLE_SHOWN = 80;

const line = (demo: Demo, place: number) =>
  `${place}. *${userText(demo.title, TITLE_SHOWN)}* · ${mentions(presenters(demo))} · ${formatDuration(demo.lengthMs)}`;

function sections(heading: string, lines: string[], hidden: number): KnownBlock[] {
  const chunks: string[][] = [];
  for (let i = 0; i < lines.length; i += LINES_PER_SECTION) chunks.push(lines.slice(i, i + LINES_PER_SECTION));
  // Something is always shown when something is hidden, so there is a last chunk to note it in.
  if (hidden > 0) chunks.at(-1)?.push(`…and ${hidden} more.`);
  return chunks.map((chunk, index) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: [...(index === 0 ? [heading] : []), ...chunk].join('\n') },
  }));
}

/** The sign-up board inside the announcement: the running order, then the waitlist; `open` while sign-ups are. */
export function lineupBlocks(demos: readonly Demo[], slots: number, { open = true } = {}): KnownBlock[] {
  const { onStage, waitlist } = lineup(demos, slots);
  if (onStage.length === 0)
    return [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `*Line-up* (0/${slots} slots taken)\nNo demos yet${open ? ': be the first!' : '.'}`,
        },
      },
    ];
  const stage = sections(
    `*Line-up* (${onStage.length}/${slots} slots taken)`,
    onStage.slice(0, SHOWN_ON_STAGE).map((demo, index) => line(demo, index + 1)),
    Math.max(0, onStage.length - SHOWN_ON_STAGE),
  );
  if (waitlist.length === 0) return stage;
  return [
    ...stage,
    ...sections(
      `*Waitlist* (${waitlist.length})`,
      waitlist.slice(0, SHOWN_WAITING).map((demo, index) => line(demo, index + 1)),
      Math.max(0, waitlist.length - SHOWN_WAITING),
    ),
  ];
}

/** The demos a show presented, in the order they were shown. */
export function shownBlocks(demos: readonly Demo[]): KnownBlock[] {
  if (demos.length === 0) return [{ type: 'section', text: { type: 'mrkdwn', text: '*Demos shown*\nNone.' } }];
  return sections(
    `*Demos shown* (${demos.length})`,
    demos.slice(0, SHOWN_ON_STAGE).map((demo, index) => line(demo, index + 1)),
    Math.max(0, demos.length - SHOWN_ON_STAGE),
  );
}
