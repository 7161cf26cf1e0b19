import type { App } from '@slack/bolt';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import * as events from './events/index.ts';

export function registerListeners(app: App): void {
  commands.register(app);
  actions.register(app);
  events.register(app);
}
