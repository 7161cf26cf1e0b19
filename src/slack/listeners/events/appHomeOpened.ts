import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { emptyHomeView } from '../../views/home.ts';

/** Publishes the person's App Home each time they open the Home tab (events are acked by Bolt before this runs). */
export async function appHomeOpened({
  event,
  client,
}: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) {
  if (event.tab !== 'home') return;
  await client.views.publish({ user_id: event.user, view: emptyHomeView() });
}
