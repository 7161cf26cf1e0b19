import { formatDuration, parseDuration } from '../../src/domain/duration.ts';
import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { elementValue } from '../../test/support/blocks.ts';
import { inTwoDays } from '../../test/support/dates.ts';
import { blockAction, slashCommand, viewSubmission } from '../../test/support/fakeSlack/index.ts';
import { demoFormValues } from '../../test/support/forms.ts';
import type { Bench, RunningApp } from './apps.ts';

const THREE_HOURS_MS = 3 * 3_600_000;

/** The organizer of every hackfest a benchmark schedules. */
export const ORGANIZER = 'U111';

/** `/hackfest schedule …` in `channelId`, as the organizer; resolves with the hackfest's id from its announcement. */
export async function scheduleHackfest(
  bench: Bench,
  app: RunningApp,
  { channelId, slots, demo }: { channelId: string; slots: number; demo: string },
): Promise<string> {
  // Long enough for every slot's demo, as scheduling requires.
  const length = formatDuration(Math.max(THREE_HOURS_MS, slots * (parseDuration(demo) ?? 0)));
  const text = `schedule "Bench ${channelId}" ${inTwoDays()} 14:00 ${length.replaceAll(' ', '')} slots ${slots} demo ${demo}`;
  const ack = await app.deliver(
    'command',
    slashCommand({ text, channelId, userId: ORGANIZER, responseUrl: bench.slack.responseUrl(channelId) }),
  );
  if (!ack.ok) throw new Error(`scheduling in ${channelId} was not acked`);
  // The organizer's answer comes once the announcement is posted and recorded.
  await bench.slack.waitFor('response_url', (call) => call.args.id === channelId, 30_000);
  const announcement = await bench.slack.waitFor('chat.postMessage', (call) => call.args.channel === channelId, 30_000);
  const hackfestId = elementValue(announcement.args, ACTIONS.signUp);
  if (!hackfestId) throw new Error(`the announcement in ${channelId} has no sign-up button`);
  return hackfestId;
}

/** A click on "Sign up to demo" in the announcement. */
export const signUpClick = (bench: Bench, hackfestId: string, userId: string, channelId = 'C111') =>
  blockAction({
    actionId: ACTIONS.signUp,
    value: hackfestId,
    userId,
    channelId,
    messageTs: '1.1',
    responseUrl: bench.slack.responseUrl(`click-${userId}`),
  });

/** The sign-up modal submitted with a valid demo. */
export const demoSubmission = (hackfestId: string, userId: string, length = '5m') =>
  viewSubmission({
    callbackId: CALLBACKS.signUp,
    userId,
    privateMetadata: hackfestId,
    values: demoFormValues({ title: `Demo of ${userId}`, length }),
  });

/** "Start it now", the organizer's confirmation of a start before the hackfest's time (benchmarks run days early). */
export const startShowClick = (bench: Bench, hackfestId: string, channelId: string) =>
  blockAction({
    actionId: ACTIONS.startShowEarly,
    value: hackfestId,
    userId: ORGANIZER,
    channelId,
    messageTs: '1.1',
    responseUrl: bench.slack.responseUrl(`start-${channelId}`),
  });

/** `/hackfest help`. */
export const helpCommand = (bench: Bench, userId: string) =>
  slashCommand({ text: 'help', userId, responseUrl: bench.slack.responseUrl(`help-${userId}`) });
