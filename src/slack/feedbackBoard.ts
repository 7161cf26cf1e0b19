import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.ts';
import type { Clock, FeedbackBoard } from '../ports.ts';
import { ratingChartPng } from './charts/ratingChart.ts';
import { directMessageChannel } from './directMessages.ts';
import type { PostOnce } from './postOnce.ts';
import { tellByDirectMessage } from './tellPerson.ts';
import {
  distributionAltText,
  feedbackPrompt,
  feedbackSummaryBlocks,
  feedbackSummaryText,
  wrapUpMessage,
} from './views/feedback.ts';
import { truncate } from './views/text.ts';

const FEEDBACK_EVENT = 'hackfest_feedback';

/** The FeedbackBoard port over the Web API: the prompt and wrap-up in the channel, the summary by DM with a chart. */
export function slackFeedbackBoard(
  client: WebClient,
  { clock, logger, postOnce }: { clock: Clock; logger: Logger; postOnce: PostOnce },
): FeedbackBoard {
  return {
    async prompt(hackfest, window) {
      const { ts } = await postOnce(hackfest.channelId, feedbackPrompt(hackfest, window), {
        eventType: FEEDBACK_EVENT,
        postId: `prompt:${hackfest.id}`,
      });
      return ts;
    },
    async revisePrompt(hackfest, window, ts, responses) {
      await client.chat.update({ channel: hackfest.channelId, ts, ...feedbackPrompt(hackfest, window, responses) });
    },
    async wrapUp(report) {
      await postOnce(report.hackfest.channelId, wrapUpMessage(report), {
        eventType: FEEDBACK_EVENT,
        postId: `wrap-up:${report.hackfest.id}`,
      });
    },
    async sendSummary(userIds, report) {
      const blocks = feedbackSummaryBlocks(report, clock.now());
      const text = feedbackSummaryText(report);
      const chart =
        report.summary.responses > 0
          ? await ratingChartPng({
              title: truncate(`${report.hackfest.title}: ratings`, 80),
              distribution: report.summary.distribution,
            }).catch((error: unknown) => {
              // The text distribution in the summary stands in for the chart.
              logger.warn({ err: error }, 'could not draw the ratings chart');
              return undefined;
            })
          : undefined;
      await Promise.allSettled(
        userIds.map(async (userId) => {
          await tellByDirectMessage(client, userId, { text, blocks });
          if (!chart) return;
          await client.filesUploadV2({
            channel_id: await directMessageChannel(client, userId),
            file: chart,
            filename: 'ratings.png',
            title: 'Ratings',
            alt_text: distributionAltText(report.summary.distribution),
          });
        }),
      );
    },
  };
}
