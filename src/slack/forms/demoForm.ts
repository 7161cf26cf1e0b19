import { parseDuration } from '../../domain/duration.ts';
import type { DemoDraft, DemoField } from '../../domain/lineup.ts';
import { FIELDS } from '../ids.ts';
import type { FormErrors } from './scheduleForm.ts';
import { reader, type StateValues } from './values.ts';

/** Inline errors of the demo form go to these blocks. */
export const DEMO_FIELD_BLOCKS: Record<DemoField, string> = {
  title: FIELDS.title,
  length: FIELDS.length,
  team: FIELDS.team,
};

/** Reads the demo form; the hackfest comes from its select when there was one to pick. */
export function readDemoForm(values: StateValues): { draft: DemoDraft; hackfestId: string | null; errors: FormErrors } {
  const read = reader(values);
  const lengthMs = parseDuration(read.text(FIELDS.length));
  return {
    draft: {
      title: read.text(FIELDS.title),
      description: read.text(FIELDS.description),
      teamIds: read.users(FIELDS.team),
      lengthMs: lengthMs ?? 0,
    },
    hackfestId: read.option(FIELDS.hackfest),
    errors: lengthMs === undefined ? { [FIELDS.length]: 'Use a length like 5m or 90s.' } : {},
  };
}
