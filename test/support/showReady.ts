import { ACTIONS, CALLBACKS } from '../../src/slack/ids.ts';
import { demoFormValues, signedUpView } from './forms.ts';
import type { TestApp } from './testApp.ts';

export type ShowSetUp = {
  organizerId: string;
  slots: number;
  /** People and their demo titles, signed up in this order. */
  demos: ReadonlyArray<readonly [userId: string, title: string]>;
  emceeId: string;
  /** How it repeats (`every month on 2nd friday`), for a date of a series. */
  repeats?: string;
};

/**
 * A hackfest on 11 December at 14:00 (5-minute demos) with these demos signed up and an emcee who claimed the role:
 * a show ready to run. Resolves with the hackfest's id once the board shows the emcee.
 */
export async function showReady(
  app: TestApp,
  { organizerId, slots, demos, emceeId, repeats = '' }: ShowSetUp,
): Promise<string> {
  const hackfestId = await app.schedule(
    `schedule "Winter Hackfest" 2026-12-11 14:00 3h slots ${slots} demo 5m ${repeats}`.trim(),
    organizerId,
  );
  for (const [userId, title] of demos) {
    const signedUp = await app.submit({
      callbackId: CALLBACKS.signUp,
      userId,
      privateMetadata: hackfestId,
      values: demoFormValues({ title }),
    });
    if (!signedUpView(signedUp)?.includes(title)) throw new Error(`${userId} could not sign up "${title}"`);
  }
  await app.click({
    actionId: `${ACTIONS.claimRole}:emcee`,
    value: `claim:emcee:${hackfestId}`,
    userId: emceeId,
    messageTs: '1.1',
  });
  await app.slack.waitFor('chat.update', (call) => JSON.stringify(call.args).includes(`<@${emceeId}>`));
  return hackfestId;
}
