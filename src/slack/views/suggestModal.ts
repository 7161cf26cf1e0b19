import type { ModalView, PlainTextOption } from '@slack/types';
import { ASPECTS, type Aspect, PROPOSAL_LIMITS, type Proposal } from '../../domain/proposal.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { input, plain, VALUE } from './inputs.ts';
import { truncate } from './text.ts';

const ASPECT_LABELS: Record<Aspect, string> = {
  frequency: 'How often',
  length: 'Length',
  topics: 'Topics',
  format: 'Format',
  other: 'Something else',
};

const aspectOption = (aspect: Aspect): PlainTextOption => ({ text: plain(ASPECT_LABELS[aspect]), value: aspect });

/** "Suggest a change" to a proposal: what about, and the suggestion. */
export function suggestModal(proposal: Proposal): ModalView {
  return {
    type: 'modal',
    callback_id: CALLBACKS.suggestChange,
    private_metadata: proposal.id,
    title: plain('Suggest a change'),
    submit: plain('Suggest'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'section',
        text: { type: 'plain_text', text: truncate(`For: ${proposal.title}`, 200) },
      },
      input(FIELDS.aspect, 'About', {
        type: 'static_select',
        action_id: VALUE,
        options: ASPECTS.map(aspectOption),
      }),
      input(FIELDS.suggestion, 'Your suggestion', {
        type: 'plain_text_input',
        action_id: VALUE,
        multiline: true,
        max_length: PROPOSAL_LIMITS.suggestionLength,
        placeholder: plain('One day, not two: people can spare a day.'),
      }),
    ],
  };
}
