import type { App } from '@slack/bolt';
import { ACTIONS } from '../../ids.ts';
import { proposeHackfest } from './proposeHackfest.ts';

export function register(app: App): void {
  app.action(ACTIONS.proposeHackfest, proposeHackfest);
}
