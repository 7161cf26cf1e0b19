import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BOT_SCOPES, COMMAND, EVENTS } from '../../src/slack/ids.ts';

const REFERENCE = new URL('../../../shared/slack-reference/manifest/', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('manifest.schema.1.0.0.json', REFERENCE), 'utf8'));
const manifest = parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8'));

describe('manifest.yml', () => {
  it('when validated against the official manifest schema, then it passes', () => {
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);

    const valid = validate(manifest);

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('when compared with the code, then it declares exactly the command, events and bot scopes the code uses', () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([COMMAND]);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(Object.values(EVENTS).sort());
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });

  it('when a person creates the app from it, then it has interactivity, the Home tab and Socket Mode', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
