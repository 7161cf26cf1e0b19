import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.ts';
import type { ProposalBoard, ProposalState } from '../ports.ts';
import { asChannelUnavailable } from './channelErrors.ts';
import { createCoalescer } from './coalescer.ts';
import { proposalMessage } from './views/proposal.ts';

/** Slack's chat.update limit is about one a second per message. */
const UPDATE_INTERVAL_MS = 1_000;

/** The ProposalBoard port over the Web API: proposals' channel messages, rendered by views/proposal.ts. */
export function slackProposalBoard(
  client: WebClient,
  { load, logger }: { load: (proposalId: string) => Promise<ProposalState | undefined>; logger: Logger },
): ProposalBoard {
  const updates = createCoalescer(UPDATE_INTERVAL_MS, (error, proposalId) =>
    logger.error({ err: error, proposalId }, 'could not update a proposal'),
  );
  return {
    async post(state) {
      const channel = state.proposal.channelId;
      try {
        const posted = await client.chat.postMessage({ channel, ...proposalMessage(state) });
        if (!posted.ts) throw new Error('chat.postMessage answered without a ts');
        return { channelId: posted.channel ?? channel, ts: posted.ts };
      } catch (error) {
        throw asChannelUnavailable(error, channel);
      }
    },
    async retract({ channelId, ts }) {
      await client.chat.delete({ channel: channelId, ts });
    },
    refresh(proposalId) {
      updates.request(proposalId, async () => {
        const state = await load(proposalId);
        if (!state?.proposal.message) return;
        const { channelId, ts } = state.proposal.message;
        await client.chat.update({ channel: channelId, ts, ...proposalMessage(state) });
      });
    },
  };
}
