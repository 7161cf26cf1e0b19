import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PostToAppOptions, postToApp, slashCommand } from '../support/fakeSlack/index.ts';
import { SIGNING_SECRET, startTestApp, type TestApp } from '../support/testApp.ts';

const SIX_MINUTES_SEC = 6 * 60;
/** Bolt's HTTP receiver reads at most 4 MB of a request body. */
const OVER_BODY_LIMIT = 4 * 1024 * 1024 + 1024;

type Spoilt = PostToAppOptions & { secret?: string };

describe('requests to the app in HTTP mode', () => {
  let app: TestApp;

  /** Sends `/hackfest <text>` as Slack would, or signed with another secret, or with a spoilt signature or time. */
  const send = (text: string, { secret = SIGNING_SECRET, ...options }: Spoilt = {}) =>
    postToApp(
      `${app.url}/slack/events`,
      secret,
      'command',
      slashCommand({ text, responseUrl: app.slack.responseUrl(text.slice(0, 20)) }),
      options,
    );
  /** What a scheduling command would have done: an answer, an announcement or a form. */
  const anythingDone = () =>
    app.slack.calls.filter((call) => ['response_url', 'chat.postMessage', 'views.open'].includes(call.method));

  beforeEach(async () => {
    app = await startTestApp('http');
  });
  afterEach(async () => {
    await app.stop();
  });

  it.each<[string, Spoilt]>([
    ['no signature', { signature: null }],
    ['a wrong signature', { signature: `v0=${'0'.repeat(64)}` }],
    ['a signature made with another secret', { secret: 'not-the-signing-secret-of-this-app' }],
    ['a timestamp more than 5 minutes old', { timestampSec: Math.floor(Date.now() / 1000) - SIX_MINUTES_SEC }],
  ])('when a request comes with %s, then it gets 401 and nothing is done', async (_, options) => {
    const refused = await send('schedule "Winter Hackfest" 2026-12-11 14:00 3h', options);
    const help = await send('help');

    expect(refused.status).toBe(401);
    expect(anythingDone()).toEqual([]);
    expect(help).toMatchObject({ status: 200, body: { response_type: 'ephemeral' } });
  });

  it('when a signed request is larger than 4 MB, then it is refused with 413 and nothing is done', async () => {
    const huge = await send(`schedule "${'x'.repeat(OVER_BODY_LIMIT)}" 2026-12-11 14:00 3h`);

    expect(huge.status).toBe(413);
    expect(anythingDone()).toEqual([]);
    expect(app.logs.join('\n')).toContain('Request body exceeded the maximum allowed size');
  });
});
