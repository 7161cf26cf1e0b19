import type { App } from '@slack/bolt';
import { COMMAND } from '../../ids.ts';
import { hackfestCommand } from './hackfest.ts';

export function register(app: App): void {
  app.command(COMMAND, hackfestCommand);
}
