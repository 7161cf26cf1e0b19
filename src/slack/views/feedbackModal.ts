import type { KnownBlock, ModalView, PlainTextOption } from '@slack/types';
import {
  CHANGE_EXAMPLES,
  FEEDBACK_ASPECTS,
  FEEDBACK_LIMITS,
  type Feedback,
  type FeedbackAspect,
  LEANINGS,
  type Leaning,
} from '../../domain/feedback.ts';
import type { Hackfest } from '../../domain/hackfest.ts';
import type { Demo } from '../../domain/lineup.ts';
import { ASPECT_BLOCKS } from '../forms/feedbackForm.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { formOrigin } from './formOrigin.ts';
import { input, plain, VALUE } from './inputs.ts';
import { truncate } from './text.ts';

const RATINGS = ['1 · poor', '2 · meh', '3 · good', '4 · very good', '5 · great'];
/** A static select holds at most 100 options. */
const DEMOS_LISTED = 100;

const ASPECT_WORDS: Record<FeedbackAspect, { label: string; leanings: Record<Leaning, string> }> = {
  frequency: { label: 'How often', leanings: { more: 'More often', same: 'Just right', less: 'Less often' } },
  length: { label: 'Length', leanings: { more: 'Longer', same: 'Just right', less: 'Shorter' } },
  topics: { label: 'Topics', leanings: { more: 'Wider', same: 'Just right', less: 'Narrower' } },
  format: { label: 'Format', leanings: { more: 'More structure', same: 'Just right', less: 'Looser' } },
};

const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });

/**
 * The feedback form for a hackfest that is over, filled in with the person's earlier answer if they gave one; the
 * channel it was opened in, if any, rides in private_metadata so the thanks shows there.
 */
export function feedbackModal(
  hackfest: Hackfest,
  presented: readonly Demo[],
  earlier: Feedback | undefined,
  openedIn: string | null,
): ModalView {
  const ratings = RATINGS.map((label, index) => option(label, String(index + 1)));
  const demos = presented.slice(0, DEMOS_LISTED).map((demo) => option(demo.title, demo.id));
  const favourite = earlier?.favouriteDemoId && demos.find((each) => each.value === earlier.favouriteDemoId);
  const rating = earlier && ratings[earlier.rating - 1];
  return {
    type: 'modal',
    callback_id: CALLBACKS.feedback,
    private_metadata: formOrigin({ id: hackfest.id, channelId: openedIn }),
    title: plain('Give feedback'),
    submit: plain(earlier ? 'Replace my answer' : 'Send'),
    close: plain('Cancel'),
    blocks: [
      { type: 'section', text: plain(truncate(`How was ${hackfest.title}? Your answer shapes the next one.`, 300)) },
      input(FIELDS.rating, 'Overall', {
        type: 'radio_buttons',
        action_id: VALUE,
        options: ratings,
        ...(rating ? { initial_option: rating } : {}),
      }),
      ...(demos.length > 0
        ? [
            input(
              FIELDS.favourite,
              'Favourite demo',
              {
                type: 'static_select',
                action_id: VALUE,
                options: demos,
                ...(favourite ? { initial_option: favourite } : {}),
              },
              { optional: true },
            ),
          ]
        : []),
      ...FEEDBACK_ASPECTS.flatMap((aspect) => aspectInputs(aspect, earlier)),
      input(
        FIELDS.comment,
        'Anything else?',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          multiline: true,
          max_length: FEEDBACK_LIMITS.comment,
          ...(earlier?.comment ? { initial_value: earlier.comment } : {}),
        },
        { optional: true },
      ),
      input(
        FIELDS.anonymous,
        'Anonymous',
        {
          type: 'checkboxes',
          action_id: VALUE,
          options: [option('Leave my name off my comments', 'anonymous')],
          ...(earlier?.anonymous ? { initial_options: [option('Leave my name off my comments', 'anonymous')] } : {}),
        },
        { optional: true, hint: plain('Organizers see your comment without your name') },
      ),
    ],
  };
}

function aspectInputs(aspect: FeedbackAspect, earlier: Feedback | undefined): KnownBlock[] {
  const words = ASPECT_WORDS[aspect];
  const options = LEANINGS.map((leaning) => option(words.leanings[leaning], leaning));
  const picked = earlier?.aspects[aspect].leaning;
  const changeTo = earlier?.aspects[aspect].changeTo;
  return [
    input(
      ASPECT_BLOCKS[aspect].leaning,
      words.label,
      {
        type: 'static_select',
        action_id: VALUE,
        options,
        ...(picked ? { initial_option: options[LEANINGS.indexOf(picked)] } : {}),
      },
      { optional: true },
    ),
    input(
      ASPECT_BLOCKS[aspect].change,
      `${words.label}: or change to…`,
      {
        type: 'plain_text_input',
        action_id: VALUE,
        max_length: FEEDBACK_LIMITS.changeTo,
        placeholder: plain(CHANGE_EXAMPLES[aspect]),
        ...(changeTo ? { initial_value: changeTo } : {}),
      },
      { optional: true },
    ),
  ];
}
