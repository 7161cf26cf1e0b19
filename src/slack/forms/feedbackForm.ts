import {
  FEEDBACK_ASPECTS,
  type FeedbackAnswer,
  type FeedbackAspect,
  LEANINGS,
  type Leaning,
} from '../../domain/feedback.ts';
import { FIELDS } from '../ids.ts';
import { reader, type StateValues } from './values.ts';

/** The block ids of an aspect's two inputs: more/same/less, and "change to". */
export const ASPECT_BLOCKS: Record<FeedbackAspect, { leaning: string; change: string }> = {
  frequency: { leaning: FIELDS.frequencyLeaning, change: FIELDS.frequencyChange },
  length: { leaning: FIELDS.lengthLeaning, change: FIELDS.lengthChange },
  topics: { leaning: FIELDS.topicsLeaning, change: FIELDS.topicsChange },
  format: { leaning: FIELDS.formatLeaning, change: FIELDS.formatChange },
};

const isLeaning = (value: string | null): value is Leaning => (LEANINGS as readonly (string | null)[]).includes(value);

/** Reads the feedback modal into an answer; a rating that is not 1 to 5 reads as 0, for the rules to refuse. */
export function readFeedbackForm(values: StateValues): FeedbackAnswer {
  const read = reader(values);
  const leaning = (aspect: FeedbackAspect) => {
    const picked = read.option(ASPECT_BLOCKS[aspect].leaning);
    return isLeaning(picked) ? picked : null;
  };
  return {
    rating: Number(read.option(FIELDS.rating) ?? 0),
    favouriteDemoId: read.option(FIELDS.favourite),
    aspects: Object.fromEntries(
      FEEDBACK_ASPECTS.map((aspect) => [
        aspect,
        { leaning: leaning(aspect), changeTo: read.text(ASPECT_BLOCKS[aspect].change) },
      ]),
    ) as FeedbackAnswer['aspects'],
    comment: read.text(FIELDS.comment),
    anonymous: (read.ticked(FIELDS.anonymous) ?? []).includes('anonymous'),
  };
}
