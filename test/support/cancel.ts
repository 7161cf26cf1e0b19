import { ACTIONS } from '../../src/slack/ids.ts';
import { elementValue } from './blocks.ts';
import type { TestApp } from './testApp.ts';

/** Clicks the confirm button of a cancel prompt (the answer to `/hackfest cancel`) as `userId`. */
export const confirmCancel = (app: TestApp, prompt: unknown, userId: string, messageTs = '1.1') =>
  app.click({ actionId: ACTIONS.confirmCancel, value: elementValue(prompt, ACTIONS.confirmCancel), userId, messageTs });

/** Types `/hackfest cancel "<title>"` as `userId`, confirms, and resolves with the answer. */
export async function cancelConfirmed(app: TestApp, title: string, userId: string): Promise<Record<string, unknown>> {
  const prompt = await (await app.command(`cancel "${title}"`, { userId })).reply();
  return (await confirmCancel(app, prompt, userId)).reply();
}
