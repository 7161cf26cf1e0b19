import type { WebClient } from '@slack/web-api';
import type { UserId } from '../domain/hackfest.ts';
import type { Logger } from '../logger.ts';
import type { Home, Homes } from '../ports.ts';
import { createCoalescer } from './coalescer.ts';
import { homeView } from './views/home.ts';

/** views.publish is rate limited per person; one publish a second each is plenty. */
const PUBLISH_INTERVAL_MS = 1_000;

export type HomesOptions = {
  /** A person's App Home, read from the database. */
  load: (userId: UserId) => Promise<Home>;
  /** Whether the person has opened the Home tab: nobody else's is worth publishing (a burst of sign-ups stays cheap). */
  isShown: (userId: UserId) => Promise<boolean>;
  logger: Logger;
};

/** The Homes port over the Web API: each person's App Home, rendered from `load` and published, coalesced. */
export function slackHomes(client: WebClient, { load, isShown, logger }: HomesOptions): Homes {
  const publishes = createCoalescer(PUBLISH_INTERVAL_MS, (error, userId) =>
    logger.warn({ err: error, userId }, 'could not publish an App Home'),
  );
  return {
    refresh(userIds) {
      for (const userId of new Set(userIds))
        publishes.request(userId, async () => {
          if (await isShown(userId))
            await client.views.publish({ user_id: userId, view: homeView(await load(userId)) });
        });
    },
  };
}
