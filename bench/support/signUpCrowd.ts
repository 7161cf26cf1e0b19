import { setTimeout as sleep } from 'node:timers/promises';
import type { Ack, Bench, RunningApp } from './apps.ts';
import { demoSubmission, signUpClick } from './hackfestFlows.ts';

export type CrowdResult = { startedAt: number; clicks: Ack[]; submits: Ack[] };

/**
 * `people` different people, their first clicks spread evenly over `withinMs`, each clicking "Sign up to demo" and
 * submitting the modal as soon as the click is acked.
 */
export async function signUpCrowd(
  bench: Bench,
  app: RunningApp,
  { hackfestId, people, withinMs }: { hackfestId: string; people: number; withinMs: number },
): Promise<CrowdResult> {
  const startedAt = Date.now();
  const outcomes = await Promise.all(
    Array.from({ length: people }, async (_, i) => {
      const userId = `U${i + 1}`;
      await sleep((i * withinMs) / people);
      const click = await app.deliver('interactive', signUpClick(bench, hackfestId, userId));
      const submit = await app.deliver('interactive', demoSubmission(hackfestId, userId));
      return { click, submit };
    }),
  );
  return {
    startedAt,
    clicks: outcomes.map(({ click }) => click),
    submits: outcomes.map(({ submit }) => submit),
  };
}
