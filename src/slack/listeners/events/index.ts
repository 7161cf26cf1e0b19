import type { App } from '@slack/bolt';
import { EVENTS } from '../../ids.ts';
import { appHomeOpened } from './appHomeOpened.ts';

export function register(app: App): void {
  app.event(EVENTS.appHomeOpened, appHomeOpened);
}
