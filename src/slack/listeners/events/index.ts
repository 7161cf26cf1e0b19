import type { App } from '@slack/bolt';
import { appHomeOpened } from './appHomeOpened.ts';

export function register(app: App): void {
  app.event('app_home_opened', appHomeOpened);
}
