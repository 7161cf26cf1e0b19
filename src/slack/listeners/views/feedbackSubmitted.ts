import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { UseCases } from '../../../usecases/index.ts';
import { ASPECT_BLOCKS, readFeedbackForm } from '../../forms/feedbackForm.ts';
import { FIELDS } from '../../ids.ts';
import { tellWhereAsked } from '../../tellPerson.ts';
import { feedbackThanksMessage } from '../../views/feedbackReplies.ts';
import { readFormOrigin } from '../../views/formOrigin.ts';
import { refusalReason } from '../../views/refusals.ts';

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

const FIELD_BLOCKS = {
  rating: FIELDS.rating,
  favourite: FIELDS.favourite,
  comment: FIELDS.comment,
  frequency: ASPECT_BLOCKS.frequency.change,
  length: ASPECT_BLOCKS.length.change,
  topics: ASPECT_BLOCKS.topics.change,
  format: ASPECT_BLOCKS.format.change,
} as const;

/**
 * The feedback form: mistakes and a closed window come back inline with nothing saved; a valid answer is saved
 * (replacing the person's earlier one) and they are thanked in the channel the form was opened in, or by DM.
 */
export function feedbackSubmitted(useCases: UseCases) {
  return async ({ ack, body, view, client }: SubmitArgs) => {
    const origin = readFormOrigin(view.private_metadata);
    const given = await useCases.giveFeedback({
      hackfestId: origin.id,
      userId: body.user.id,
      answer: readFeedbackForm(view.state.values),
    });
    if (!given.ok) {
      const errors =
        'errors' in given
          ? Object.fromEntries(given.errors.map(({ field, message }) => [FIELD_BLOCKS[field], message]))
          : { [FIELDS.rating]: refusalReason(given, body.user.id) };
      return ack({ response_action: 'errors', errors });
    }
    await ack();
    const thanks = feedbackThanksMessage(given.hackfest, given.replaced);
    await tellWhereAsked(client, { channelId: origin.channelId, userId: body.user.id }, thanks);
  };
}
