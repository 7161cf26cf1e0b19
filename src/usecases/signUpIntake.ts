import DataLoader from 'dataloader';
import type { SignedUp, SignUpRequest } from '../domain/signUps.ts';
import type { Deps } from './deps.ts';
import { signUp } from './signUp.ts';

/** Keeps a batch's inserts well within the databases' limits on bound parameters. */
const LARGEST_BATCH = 500;

/**
 * Sign-up forms arrive in crowds, so they are made a batch at a time: the forms that arrive in one turn of the event
 * loop, or while the batch before is being made (on PostgreSQL, a few round trips), go together, each hackfest's in
 * one transaction. A hackfest whose transaction fails answers its own forms with the error; the others are made.
 */
export function signUpIntake(deps: Deps): (request: SignUpRequest) => Promise<SignedUp> {
  let making: Promise<unknown> = Promise.resolve();
  const makeBatch = async (requests: readonly SignUpRequest[]): Promise<Array<SignedUp | Error>> => {
    const outcomes = new Map<SignUpRequest, SignedUp | Error>();
    const made = Promise.all(
      [...Map.groupBy(requests, (request) => request.hackfestId)].map(([hackfestId, batch]) =>
        signUp(deps, hackfestId, batch).then(
          (signedUp) => {
            for (const [at, request] of batch.entries()) outcomes.set(request, signedUp[at] as SignedUp);
          },
          (error: unknown) => {
            for (const request of batch) outcomes.set(request, asError(error));
          },
        ),
      ),
    );
    making = made;
    await made;
    return requests.map((request) => outcomes.get(request) as SignedUp | Error);
  };
  const intake = new DataLoader<SignUpRequest, SignedUp>(makeBatch, {
    cache: false,
    maxBatchSize: LARGEST_BATCH,
    batchScheduleFn: (dispatch) => void making.then(() => setImmediate(dispatch)),
  });
  return (request) => intake.load(request);
}

const asError = (reason: unknown): Error => (reason instanceof Error ? reason : new Error(String(reason)));
