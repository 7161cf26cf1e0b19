import type { ModalView, PlainTextOption } from '@slack/types';
import { formatDuration } from '../../domain/duration.ts';
import { LIMITS } from '../../domain/hackfest.ts';
import {
  FREQUENCIES,
  FREQUENCY_LABELS,
  type Frequency,
  PROPOSAL_LIMITS,
  type Proposal,
} from '../../domain/proposal.ts';
import { CALLBACKS, FIELDS } from '../ids.ts';
import { input, plain, VALUE } from './inputs.ts';
import { truncate } from './text.ts';

const frequencyOption = (frequency: Frequency): PlainTextOption => ({
  text: plain(`${FREQUENCY_LABELS[frequency].charAt(0).toUpperCase()}${FREQUENCY_LABELS[frequency].slice(1)}`),
  value: frequency,
});

const initial = (value: string | undefined) => (value ? { initial_value: value } : {});

/**
 * The proposal form: empty to propose (in a channel, perhaps with a title typed after the command), or filled in
 * with a proposal's specifics for its proposer to adjust. Its submission is read by forms/proposalForm.ts.
 */
export function proposalModal(
  mode: { kind: 'propose'; channelId: string | undefined; title?: string } | { kind: 'adjust'; proposal: Proposal },
): ModalView {
  const proposal = mode.kind === 'adjust' ? mode.proposal : undefined;
  const title = mode.kind === 'adjust' ? mode.proposal.title : mode.title;
  return {
    type: 'modal',
    callback_id: mode.kind === 'adjust' ? CALLBACKS.adjustProposal : CALLBACKS.propose,
    ...(proposal ? { private_metadata: proposal.id } : {}),
    title: plain(mode.kind === 'adjust' ? 'Adjust the proposal' : 'Propose a hackfest'),
    submit: plain(mode.kind === 'adjust' ? 'Save changes' : 'Post proposal'),
    close: plain('Cancel'),
    blocks: [
      input(FIELDS.title, 'Title', {
        type: 'plain_text_input',
        action_id: VALUE,
        max_length: LIMITS.titleLength,
        placeholder: plain('Winter Hackfest'),
        ...initial(title && truncate(title, LIMITS.titleLength)),
      }),
      input(FIELDS.why, 'Why? What do people get from it', {
        type: 'plain_text_input',
        action_id: VALUE,
        multiline: true,
        max_length: PROPOSAL_LIMITS.whyLength,
        placeholder: plain('Time to build the things we keep saying we should, and show them to each other.'),
        ...initial(proposal?.why),
      }),
      input(
        FIELDS.format,
        'Format',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          max_length: PROPOSAL_LIMITS.formatLength,
          placeholder: plain('demo day, themed build, open hack…'),
          ...initial(proposal?.format),
        },
        { optional: true },
      ),
      input(
        FIELDS.length,
        'Length',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          ...initial(proposal ? formatDuration(proposal.durationMs) : '3h'),
        },
        { hint: plain('e.g. 3h, 90m or 2 days') },
      ),
      input(FIELDS.frequency, 'How often', {
        type: 'static_select',
        action_id: VALUE,
        options: FREQUENCIES.map(frequencyOption),
        initial_option: frequencyOption(proposal?.frequency ?? 'once'),
      }),
      input(
        FIELDS.topics,
        'Topics',
        {
          type: 'plain_text_input',
          action_id: VALUE,
          placeholder: plain('AI, developer tooling, docs'),
          ...initial(proposal?.topics.join(', ')),
        },
        { optional: true, hint: plain('Separated by commas') },
      ),
      ...(mode.kind === 'propose'
        ? [
            input(FIELDS.channel, 'Post it in', {
              type: 'conversations_select',
              action_id: VALUE,
              default_to_current_conversation: true,
              ...(mode.channelId ? { initial_conversation: mode.channelId } : {}),
              filter: { include: ['public', 'private'], exclude_bot_users: true },
            }),
          ]
        : []),
    ],
  };
}
