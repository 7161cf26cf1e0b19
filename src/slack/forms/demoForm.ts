import { parseDuration } from '../../domain/duration.ts';
import type { DemoDraft, DemoField } from '../../domain/lineup.ts';
import { FIELDS } from '../ids.ts';
import { reader, type StateValues } from './values.ts';

/** Inline errors of the demo form go to these blocks. */
export const DEMO_FIELD_BLOCKS: Record<DemoField, string> = {
  title: FIELDS.title,
  length: FIELDS.length,
  team: FIELDS.team,
};

/**
 * Reads the demo form; the hackfest comes from its select when there was one to pick. A length that is not one is
 * read as none, which the hackfest's rules refuse with an example that fits its demo length.
 */
export function readDemoForm(values: StateValues): { draft: DemoDraft; hackfestId: string | null } {
  const read = reader(values);
  return {
    draft: {
      title: read.text(FIELDS.title),
      description: read.text(FIELDS.description),
      teamIds: read.users(FIELDS.team),
      lengthMs: parseDuration(read.text(FIELDS.length)) ?? 0,
    },
    hackfestId: read.option(FIELDS.hackfest),
  };
}
