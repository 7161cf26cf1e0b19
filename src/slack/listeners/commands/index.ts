import type { App } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { COMMAND } from '../../ids.ts';
import { hackfestCommand } from './hackfest.ts';

export function register(app: App, useCases: UseCases): void {
  app.command(COMMAND, hackfestCommand(useCases));
}
