import { BOT_SCOPES } from '../../src/slack/ids.ts';

/** The bot scope each Web API method needs (null: none), per the method's documentation page. */
const SCOPE_OF: Record<string, string | null> = {
  'auth.test': null,
  'apps.connections.open': null,
  'views.open': null,
  'views.publish': null,
  'views.update': null,
  'views.push': null,
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.delete': 'chat:write',
  'chat.getPermalink': null,
  'users.info': 'users:read',
  'conversations.open': 'im:write',
  'users.conversations': 'channels:read',
  'conversations.info': 'channels:read',
  'conversations.history': 'channels:history',
  'reactions.add': 'reactions:write',
  'files.getUploadURLExternal': 'files:write',
  'files.completeUploadExternal': 'files:write',
  response_url: null,
};

/** Methods the app called that manifest.yml's bot scopes (kept equal to BOT_SCOPES) do not allow. */
export function methodsOutsideScopes(methods: Iterable<string>): string[] {
  const granted = new Set<string>(BOT_SCOPES);
  return [...new Set(methods)].filter((method) => {
    const scope = SCOPE_OF[method];
    return scope === undefined || (scope !== null && !granted.has(scope));
  });
}
