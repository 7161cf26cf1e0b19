import type { App } from '@slack/bolt';
import type { UseCases } from '../../usecases/index.ts';
import * as actions from './actions/index.ts';
import * as commands from './commands/index.ts';
import * as events from './events/index.ts';
import * as views from './views/index.ts';

export function registerListeners(app: App, useCases: UseCases): void {
  commands.register(app, useCases);
  actions.register(app, useCases);
  views.register(app, useCases);
  events.register(app, useCases);
}
