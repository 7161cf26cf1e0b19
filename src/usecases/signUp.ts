import { presenters } from '../domain/lineup.ts';
import { admitSignUps, peopleIn, type SignedUp, type SignUpRequest } from '../domain/signUps.ts';
import type { Deps } from './deps.ts';
import { followLineup, showProgrammeChange } from './liveProgramme.ts';
import { tellTeamChanges } from './tellPeople.ts';

/**
 * Signs people (and their teams) up to demo at one hackfest, a batch at a time (see signUpIntake): in one
 * transaction behind the hackfest's lock, so capacity holds however the batches fall, and before any form is
 * answered, so an acknowledged sign-up is never lost.
 */
export async function signUp(deps: Deps, hackfestId: string, requests: readonly SignUpRequest[]): Promise<SignedUp[]> {
  const { outcomes, added, hackfest, programme } = await deps.oneAtATime(hackfestId, () =>
    deps.store.transaction(async ({ hackfests, demos, shows }) => {
      const hackfest = await hackfests.lock(hackfestId);
      if (!hackfest) {
        const outcomes = requests.map((): SignedUp => ({ ok: false, refused: 'not-found' }));
        return { outcomes, added: [], hackfest: undefined, programme: undefined };
      }
      const admitted = admitSignUps(hackfest, await demos.lineupSoFar(hackfestId, peopleIn(requests)), requests, {
        now: deps.clock.now(),
        newId: deps.newId,
      });
      await demos.add(admitted.added);
      const entered = admitted.outcomes.flatMap((outcome) =>
        outcome.ok && outcome.place.onStage ? [outcome.demo] : [],
      );
      return { ...admitted, hackfest, programme: await followLineup(shows, hackfestId, { entered }) };
    }),
  );
  if (added.length > 0) {
    deps.announcer.refresh(hackfestId);
    deps.homes.refresh(added.flatMap(presenters));
  }
  if (hackfest) {
    for (const demo of added)
      tellTeamChanges(deps, hackfest, { demoTitle: demo.title, by: demo.ownerId, joined: demo.teamIds, left: [] });
    await showProgrammeChange(deps, hackfest, programme);
  }
  return outcomes;
}
