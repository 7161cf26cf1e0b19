import type { ProposalDraft } from '../../domain/proposal.ts';
import { FIELDS } from '../ids.ts';
import { reader, type StateValues } from './values.ts';

/** Reads the proposal modal into a draft; the rules of proposals (domain/proposal.ts) judge it. */
export function readProposalForm(values: StateValues): ProposalDraft {
  const read = reader(values);
  return {
    title: read.text(FIELDS.title),
    why: read.text(FIELDS.why),
    format: read.text(FIELDS.format),
    length: read.text(FIELDS.length),
    frequency: read.option(FIELDS.frequency) ?? '',
    topics: read.text(FIELDS.topics),
    channelId: read.conversation(FIELDS.channel),
  };
}
