import type { AspectTally, FeedbackAspect, Leaning } from '../../domain/feedback.ts';
import { userText } from './text.ts';

const CHANGES_SHOWN = 3;

export const ASPECT_LABELS: Record<FeedbackAspect, string> = {
  frequency: 'How often',
  length: 'Length',
  topics: 'Topics',
  format: 'Format',
};

const LEANING_WORDS: Record<FeedbackAspect, Record<Leaning, string>> = {
  frequency: { more: 'more often', same: 'as often', less: 'less often' },
  length: { more: 'longer', same: 'same length', less: 'shorter' },
  topics: { more: 'wider topics', same: 'same topics', less: 'narrower topics' },
  format: { more: 'more structure', same: 'same format', less: 'a looser format' },
};

const quoted = (text: string) => `“${userText(text, 60)}”`;

/**
 * What people answered on one aspect, counted: `1 shorter, 1 longer (“2h”), 2 said: change to “one day”`. A "change
 * to" that leans one way is shown beside that way, the others as said; the most asked first. Null when nobody
 * answered these leanings or asked for a change.
 */
export function aspectAnswers(aspect: FeedbackAspect, tally: AspectTally, leanings: readonly Leaning[]): string | null {
  const parts = leanings.flatMap((leaning) => {
    if (tally[leaning] === 0) return [];
    const named = tally.changes
      .filter((change) => change.leaning === leaning)
      .slice(0, CHANGES_SHOWN)
      .map((change) => `${quoted(change.text)}${change.count > 1 ? ` ×${change.count}` : ''}`);
    return [`${tally[leaning]} ${LEANING_WORDS[aspect][leaning]}${named.length > 0 ? ` (${named.join(', ')})` : ''}`];
  });
  const said = tally.changes
    .filter((change) => change.leaning === null)
    .slice(0, CHANGES_SHOWN)
    .map((change) => `${change.count} said: change to ${quoted(change.text)}`);
  return parts.length + said.length > 0 ? [...parts, ...said].join(', ') : null;
}
