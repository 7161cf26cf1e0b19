import type { KnownBlock } from '@slack/types';
import { textExamples } from '../../domain/scheduleText.ts';
import { COMMAND, type Subcommand } from '../ids.ts';
import type { EphemeralMessage } from './message.ts';
import { userText } from './text.ts';

/** One subcommand: what it does, and what a person would type, as examples of real use. */
type Usage = { subcommand: Subcommand; does: string; examples: readonly string[] };

type Examples = ReturnType<typeof textExamples>;

const usageGroups = (example: Examples): ReadonlyArray<{ title: string; usages: readonly Usage[] }> => [
  {
    title: 'Build support and plan',
    usages: [
      { subcommand: 'propose', does: 'propose a hackfest and gather backing', examples: ['propose AI tools day'] },
      {
        subcommand: 'schedule',
        does: 'open the scheduling form, or schedule directly; add `every …` for a series',
        examples: ['schedule', `schedule ${example.schedule}`, `schedule ${example.series}`],
      },
      {
        subcommand: 'list',
        does: "this channel's upcoming hackfests, or all you can see",
        examples: ['list', 'list all'],
      },
      {
        subcommand: 'reschedule',
        does: 'move a hackfest (organizers)',
        examples: [`reschedule ${example.reschedule}`],
      },
      { subcommand: 'cancel', does: 'cancel a hackfest (organizers)', examples: ['cancel "Winter Hackfest"'] },
      { subcommand: 'reminders', does: 'the reminder plan of the next hackfest here', examples: ['reminders'] },
      { subcommand: 'export', does: "an .ics calendar file of this channel's hackfests", examples: ['export'] },
    ],
  },
  {
    title: 'Demo',
    usages: [{ subcommand: 'signup', does: 'sign up to demo at the next hackfest here', examples: ['signup'] }],
  },
  {
    title: 'Run the show (emcee and timekeeper)',
    usages: [
      { subcommand: 'start', does: 'start the run of show with the first demo', examples: ['start'] },
      { subcommand: 'next', does: 'call the next presenter', examples: ['next'] },
      {
        subcommand: 'extend',
        does: 'give the current demo more time (1s to 30m)',
        examples: ['extend 1m', 'extend 90s'],
      },
      { subcommand: 'pause', does: 'pause the timer', examples: ['pause'] },
      { subcommand: 'resume', does: 'resume the timer', examples: ['resume'] },
      { subcommand: 'gong', does: 'ring the gong now', examples: ['gong'] },
      { subcommand: 'end', does: 'end the show', examples: ['end'] },
    ],
  },
  {
    title: 'Afterwards',
    usages: [{ subcommand: 'feedback', does: 'tell the organizers how it went', examples: ['feedback'] }],
  },
  {
    title: 'Help',
    usages: [
      { subcommand: 'help', does: 'this list', examples: ['help'] },
      { subcommand: 'about', does: 'what a hackfest is for and how this app helps', examples: ['about'] },
    ],
  },
];

const line = ({ does, examples }: Usage) =>
  `• ${examples.map((example) => `\`${COMMAND} ${example}\``).join(' or ')}: ${does}`;

/** The usage, with examples that work as of `now` (read in UTC: they need only be in the future). */
export function usageBlocks(now: number): KnownBlock[] {
  const example = textExamples(now, 'UTC');
  return [
    { type: 'section', text: { type: 'mrkdwn', text: `*How to use \`${COMMAND}\`*` } },
    ...usageGroups(example).map(
      ({ title, usages }): KnownBlock => ({
        type: 'section',
        text: { type: 'mrkdwn', text: [`*${title}*`, ...usages.map(line)].join('\n') },
      }),
    ),
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `Dates and times are read in your Slack time zone; \`${example.at}\` always works. Durations: \`90s\`, \`5m\`, \`1h30m\`.`,
        },
      ],
    },
  ];
}

export function usageMessage(now: number): EphemeralMessage {
  return { response_type: 'ephemeral', text: `How to use ${COMMAND}`, blocks: usageBlocks(now) };
}

export function unknownSubcommandMessage(subcommand: string, now: number): EphemeralMessage {
  const named = userText(subcommand, 40);
  return {
    response_type: 'ephemeral',
    text: `${COMMAND} has no subcommand "${named}"`,
    blocks: [
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: `:warning: \`${COMMAND}\` has no subcommand “${named}”. Here is what it can do:`,
        },
      },
      ...usageBlocks(now),
    ],
  };
}
