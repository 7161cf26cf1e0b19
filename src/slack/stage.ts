import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.ts';
import type { Clock, ShowState, Stage } from '../ports.ts';
import { createCoalescer } from './coalescer.ts';
import type { PostOnce } from './postOnce.ts';
import { gongText, runOfShowMessage, warningText } from './views/runOfShow.ts';

const UPDATE_INTERVAL_MS = 1_000;
const GONG_EVENT = 'hackfest_gong';
const RUN_OF_SHOW_EVENT = 'hackfest_run_of_show';

export type StageOptions = {
  load: (hackfestId: string) => Promise<ShowState | undefined>;
  clock: Clock;
  logger: Logger;
  /** Posts the run-of-show message once per show, and the gong once per ring, tagged. */
  postOnce: PostOnce;
};

/** The Stage port over the Web API: the run-of-show message, the warning and the gong. */
export function slackStage(client: WebClient, { load, clock, logger, postOnce }: StageOptions): Stage {
  const updates = createCoalescer(UPDATE_INTERVAL_MS, (error, hackfestId) =>
    logger.error({ err: error, hackfestId }, 'could not update the run-of-show message'),
  );
  const required = async (hackfestId: string) => {
    const state = await load(hackfestId);
    if (!state) throw new Error(`no show for hackfest ${hackfestId}`);
    return state;
  };

  return {
    async open(hackfestId) {
      const state = await required(hackfestId);
      const message = runOfShowMessage(state, clock.now());
      // Tagged, so opening it again (after a failure, or a crash before its ts was kept) finds the one posted.
      const { ts } = await postOnce(state.stored.channelId, message, {
        eventType: RUN_OF_SHOW_EVENT,
        postId: hackfestId,
      });
      if (!ts) throw new Error('chat.postMessage answered without a ts');
      return ts;
    },
    refresh(hackfestId) {
      updates.request(hackfestId, async () => {
        const state = await load(hackfestId);
        if (!state?.stored.messageTs) return;
        const { channelId, messageTs } = state.stored;
        await client.chat.update({ channel: channelId, ts: messageTs, ...runOfShowMessage(state, clock.now()) });
      });
    },
    async warn(hackfestId) {
      const state = await required(hackfestId);
      const text = warningText(state);
      await client.chat.postMessage({
        channel: state.stored.channelId,
        text,
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }],
      });
    },
    async ring(hackfestId, ringId, ringer) {
      const state = await required(hackfestId);
      const { channelId, messageTs } = state.stored;
      const text = gongText(state, clock.now(), ringer);
      const message = { text, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text } }] };
      const rung = await postOnce(channelId, message, { eventType: GONG_EVENT, postId: ringId });
      if (!rung.posted || !messageTs) return;
      await client.reactions.add({ channel: channelId, timestamp: messageTs, name: 'bell' }).catch((error: unknown) => {
        logger.info({ err: error, hackfestId }, 'could not add the gong reaction');
      });
    },
  };
}
