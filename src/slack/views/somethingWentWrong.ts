import { type EphemeralMessage, ephemeral } from './message.ts';

/** Why a request could not be answered as usual: the database out of reach, or anything else. */
export type Failure = 'database unavailable' | 'unexpected';

/** The answer to a request that failed on our side, said plainly, with what the person can do about it. */
export function somethingWentWrongMessage(failure: Failure): EphemeralMessage {
  return ephemeral(
    failure === 'database unavailable'
      ? ":hourglass_flowing_sand: Sorry, I can't reach my database right now, so I couldn't do that. Please try again in a minute."
      : // A failure after the database committed may have left the change made: say so rather than invite a duplicate.
        ":warning: Sorry, something went wrong on my side and I can't tell whether that went through. Please check before trying again; if it keeps happening, let whoever runs Hackfest here know.",
  );
}
