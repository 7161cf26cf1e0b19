import { presenters } from '../domain/lineup.ts';
import { admitSignUps, type SignedUp, type SignUpRequest } from '../domain/signUps.ts';
import type { Deps } from './deps.ts';

export type { SignedUp, SignUpRequest };

/**
 * Signs people (and their teams) up to demo, a batch at a time: a crowd submits the form at once, and every sign-up
 * is made before its form is answered, so an acknowledged one is never lost. Each hackfest's batch is made in one
 * transaction behind its lock, so capacity holds however the batches fall.
 */
export async function signUp(deps: Deps, requests: readonly SignUpRequest[]): Promise<SignedUp[]> {
  const outcomes = new Map<SignUpRequest, SignedUp>();
  const byHackfest = Map.groupBy(requests, (request) => request.hackfestId);
  await Promise.all(
    [...byHackfest].map(async ([hackfestId, batch]) => {
      const { outcomes: made, added } = await deps.oneAtATime(hackfestId, () =>
        deps.store.transaction(async ({ hackfests, demos }) => {
          const hackfest = await hackfests.lock(hackfestId);
          if (!hackfest)
            return { outcomes: batch.map((): SignedUp => ({ ok: false, refused: 'not-found' })), added: [] };
          const admitted = admitSignUps(hackfest, await demos.ofHackfest(hackfestId), batch, {
            now: deps.clock.now(),
            newId: deps.newId,
          });
          await demos.add(admitted.added);
          return admitted;
        }),
      );
      for (const [index, request] of batch.entries()) outcomes.set(request, made[index] as SignedUp);
      if (added.length === 0) return;
      deps.announcer.refresh(hackfestId);
      deps.homes.refresh(added.flatMap(presenters));
    }),
  );
  return requests.map((request) => outcomes.get(request) as SignedUp);
}
