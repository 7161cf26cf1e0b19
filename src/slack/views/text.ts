/** Helpers for putting user text into Block Kit safely. Lengths are UTF-16 units, as Slack counts them. */

import { withoutControls } from '../../domain/userText.ts';

/**
 * Escapes the three characters Slack treats as markup, so user text such as `<!channel>` or `<@U123>` is shown,
 * never acted on; control and invisible characters are dropped (newlines stay).
 */
export function escapeText(text: string): string {
  return escapeMarkup(withoutControls(text));
}

/** Shortens plain text to at most `max` units, marking the cut with an ellipsis and never splitting a character. */
export function truncate(text: string, max: number): string {
  return fitCharacters(withoutControls(text), max, (character) => character);
}

/** User text for mrkdwn: escaped, then shortened so that the escaped form fits in `max` units. */
export function userText(text: string, max: number): string {
  return fitCharacters(withoutControls(text), max, escapeMarkup);
}

/** User text for one line of mrkdwn, such as a list item: as `userText`, with line breaks read as spaces. */
export function userLine(text: string, max: number): string {
  return userText(text.replace(/\s*\n\s*/g, ' '), max);
}

const escapeMarkup = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function fitCharacters(text: string, max: number, render: (character: string) => string): string {
  const whole = render(text);
  if (whole.length <= max) return whole;
  let fitted = '';
  for (const character of text) {
    const rendered = render(character);
    if (fitted.length + rendered.length > max - 1) break;
    fitted += rendered;
  }
  return `${fitted}…`;
}
