import type { App } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { EVENTS } from '../../ids.ts';
import { appHomeOpened } from './appHomeOpened.ts';

export function register(app: App, useCases: UseCases): void {
  app.event(EVENTS.appHomeOpened, appHomeOpened(useCases));
}
