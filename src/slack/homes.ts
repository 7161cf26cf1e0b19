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
  /** Who has opened the Home tab: nobody else's is worth publishing (a burst of sign-ups stays cheap). */
  whoOpened: (userIds: readonly UserId[]) => Promise<UserId[]>;
  logger: Logger;
};

/** The Homes port over the Web API: each person's App Home, rendered from `load` and published, coalesced. */
export function slackHomes(client: WebClient, { load, whoOpened, logger }: HomesOptions): Homes {
  const publishes = createCoalescer(PUBLISH_INTERVAL_MS, (error, userId) =>
    logger.warn({ err: error, userId }, 'could not publish an App Home'),
  );
  return {
    refresh(userIds) {
      whoOpened([...new Set(userIds)]).then(
        (shown) => {
          for (const userId of shown)
            publishes.request(userId, async () => {
              await client.views.publish({ user_id: userId, view: homeView(await load(userId)) });
            });
        },
        (error: unknown) => logger.warn({ err: error }, 'could not tell whose App Home to publish'),
      );
    },
  };
}
