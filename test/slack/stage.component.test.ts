import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShowState } from '../../src/ports.ts';
import { postOnceWith } from '../../src/slack/postOnce.ts';
import { slackStage } from '../../src/slack/stage.ts';
import { aDemo, aHackfest } from '../support/builders.ts';
import { type FakeSlack, startFakeSlack } from '../support/fakeSlack/index.ts';
import { FakeTime } from '../support/fakeTime.ts';
import { silentLogger } from '../support/silentLogger.ts';

const T0 = Date.parse('2026-12-11T13:00:00Z');

describe('ringing the gong', () => {
  let slack: FakeSlack;
  let state: ShowState;

  beforeEach(async () => {
    slack = await startFakeSlack();
    const demo = aDemo({ id: 'pizza', title: 'Pizza bot', ownerId: 'U201', lengthMs: 60_000 });
    state = {
      hackfest: aHackfest({ id: 'hf' }),
      demos: [demo],
      stored: {
        hackfestId: 'hf',
        channelId: 'C111',
        messageTs: '1700000000.000100',
        show: {
          status: 'running',
          programme: [{ demoId: 'pizza', limitMs: 60_000 }],
          current: 0,
          startedAt: T0,
          pausedMs: 0,
          pausedAt: null,
          extendedMs: 0,
          gonged: false,
          presented: [],
          showStartedAt: T0,
        },
      },
    };
  });
  afterEach(() => slack.close());

  it('when a ring is retried after Slack already took the gong (a crash before the bookkeeping), then it is not posted again', async () => {
    const client = new WebClient('xoxb-test', { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
    const stage = slackStage(client, {
      load: async () => state,
      clock: new FakeTime(T0 + 75_000),
      logger: silentLogger,
      postOnce: postOnceWith(client, client),
    });

    await stage.ring('hf', 'job-42', null);
    await stage.ring('hf', 'job-42', null);
    await stage.ring('hf', 'job-43', null);

    const gongs = slack.callsTo('chat.postMessage');
    expect(gongs).toHaveLength(2);
    expect(JSON.stringify(gongs[0]?.args)).toContain('ran over by 0:15');
    expect(gongs.map((call) => call.args.metadata)).toEqual([
      { event_type: 'hackfest_gong', event_payload: { post_id: 'job-42' } },
      { event_type: 'hackfest_gong', event_payload: { post_id: 'job-43' } },
    ]);
  });
});
