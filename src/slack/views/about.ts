import { COMMAND } from '../ids.ts';
import type { EphemeralMessage } from './message.ts';

const ABOUT = [
  '*What is a hackfest?*',
  'A regular break from day-to-day work: people from every department build something for a day or an afternoon, then show it to each other in short demos. It spreads ideas across teams, surfaces tools nobody knew they needed, and lets everyone try being an organizer, presenter, emcee or timekeeper for one event.',
  '*How this app helps*',
  `• *Build support*: \`${COMMAND} propose\` posts your idea; colleagues back it and suggest changes to its length, frequency, topics and format.`,
  `• *Get it on the calendar*: \`${COMMAND} schedule\` sets up one event or a series, with calendar files and reminders that go out on their own.`,
  '• *Collect demos*: people sign up with a button in the channel; the running order and the waitlist keep themselves.',
  '• *Run the show*: the emcee calls each presenter, the timer keeps time, and the gong rings when a demo runs long, even the boss’s.',
  '• *Listen afterwards*: a short feedback round shapes the next one.',
].join('\n');

export function aboutMessage(): EphemeralMessage {
  return {
    response_type: 'ephemeral',
    text: 'What a hackfest is for, and how this app helps',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: ABOUT } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: `\`${COMMAND} help\` lists every command.` }] },
    ],
  };
}
