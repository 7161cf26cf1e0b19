/**
 * Text people type, made fit to keep and show: no control characters (newlines stay, a tab becomes a space), no
 * invisible formatting characters, composed (NFC) and trimmed. A title made only of such characters is blank.
 */

/** C0 and C1 controls and DEL, except the newline; tabs and carriage returns are dealt with before. */
const CONTROLS = /[^\P{Cc}\n]/gu;
/**
 * Zero-width spaces and marks, word joiner and invisible operators, byte order mark, and bidi embeddings, overrides
 * and isolates. The joiners U+200C and U+200D are left to `JOINERS`: emoji sequences and some scripts need them.
 */
const INVISIBLE = /[\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const JOINERS = /[\u200c\u200d]+/g;
/**
 * Letters that show nothing (the Hangul fillers and the blank braille pattern), a common way to fake an empty name.
 * They stay inside text; text made only of them (and spaces) is blank.
 */
const ONLY_BLANK_LETTERS = /^[\s\u115f\u1160\u3164\uffa0\u2800]*$/u;

/** Removes control and invisible characters, keeping newlines; a tab becomes a space. Nothing is trimmed. */
export function withoutControls(text: string): string {
  const visible = text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replaceAll('\t', ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '');
  return visible.replace(JOINERS, (run, at: number) => {
    const before = visible[at - 1];
    const after = visible[at + run.length];
    const joinsTwo = before !== undefined && after !== undefined && /\S/.test(before) && /\S/.test(after);
    return joinsTwo ? (run[0] ?? '') : '';
  });
}

/**
 * User text as it is kept: without control or invisible characters, in NFC, trimmed; newlines inside stay. Text
 * with nothing visible left is empty.
 */
export function cleanText(text: string): string {
  const cleaned = withoutControls(text).normalize('NFC').trim();
  return ONLY_BLANK_LETTERS.test(cleaned) ? '' : cleaned;
}

/** A one-line text such as a title: cleaned, with any line break (and the space around it) read as one space. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ');
}

/** True when nothing visible is left once the text is cleaned. */
export const isBlank = (text: string): boolean => cleanText(text) === '';

/** How much of what a person typed an error message quotes back. */
const QUOTED_CHARACTERS = 40;

/** Typed text as an error message quotes it: in double quotes, cut to 40 characters with an ellipsis. */
export function quoted(text: string): string {
  return `"${shortened(text, QUOTED_CHARACTERS)}"`;
}

/** Text cut to at most `max` characters, the cut marked with an ellipsis; a character is never split. */
export function shortened(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}
