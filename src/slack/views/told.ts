import type { Audience } from '../../domain/audience.ts';

type Group = { words: string; plural: boolean };

const group = (count: number, one: string, many: string): Group[] =>
  count === 0 ? [] : [{ words: count === 1 ? one : many, plural: count > 1 }];

/** "The 3 people signed up, the emcee and 1 organizer", or null for nobody. */
function whoIn({ signedUp, emcees, timekeepers, organizers }: Audience): Group | null {
  const groups = [
    ...group(signedUp.length, 'the one person signed up', `the ${signedUp.length} people signed up`),
    ...group(emcees.length, 'the emcee', `${emcees.length} emcees`),
    ...group(timekeepers.length, 'the timekeeper', `${timekeepers.length} timekeepers`),
    ...group(organizers.length, '1 organizer', `${organizers.length} organizers`),
  ];
  const last = groups.pop();
  if (!last) return null;
  const words = groups.length ? `${groups.map((each) => each.words).join(', ')} and ${last.words}` : last.words;
  return { words: words.charAt(0).toUpperCase() + words.slice(1), plural: groups.length > 0 || last.plural };
}

/**
 * Who was told about a change (`done`), or who will be (`coming`), counted: "The 3 people signed up and the emcee
 * have been told." `what` says what they hear, e.g. " the new time".
 */
export function toldSentence(audience: Audience, when: 'done' | 'coming', what = ''): string {
  const who = whoIn(audience);
  if (!who)
    return when === 'done'
      ? 'Nobody else was signed up, so nobody else needed telling.'
      : 'Nobody else is signed up, so nobody else needs telling.';
  const verb = when === 'coming' ? 'will be' : who.plural ? 'have been' : 'has been';
  return `${who.words} ${verb} told${what}.`;
}
