import type { Logger } from '../logger.ts';
import type { Announcer, Clock, FeedbackBoard, Homes, People, ProposalBoard, Stage, Store } from '../ports.ts';
import type { KeyedQueue } from './keyedQueue.ts';

/** What every use case may reach: all of it through ports. */
export type Deps = {
  store: Store;
  people: People;
  announcer: Announcer;
  stage: Stage;
  proposalBoard: ProposalBoard;
  feedbackBoard: FeedbackBoard;
  homes: Homes;
  clock: Clock;
  /** For what goes wrong but need not stop a use case, such as a part of the App Home Slack could not give. */
  logger: Logger;
  newId: () => string;
  /** In [0, 1), for shuffling; tests pass their own. */
  random: () => number;
  /** One line-up change per hackfest at a time in this process (see keyedQueue). */
  oneAtATime: KeyedQueue;
};
