import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { homeView } from '../../views/home.ts';

/** Publishes the person's App Home each time they open the Home tab (events are acked by Bolt before this runs). */
export function appHomeOpened(useCases: UseCases) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    await client.views.publish({
      user_id: event.user,
      view: homeView(await useCases.openHome({ userId: event.user })),
    });
  };
}
