import type { CalendarEntry } from './types.ts';

/** Slack rejects button URLs of 3000 characters or more. */
const MAX_URL_LENGTH = 2999;
const ELLIPSIS = '…';
const PARAGRAPH_BREAK = '\n\n';

/**
 * A link that opens Google Calendar's "new event" form filled in with the entry. Title and description are
 * shortened as needed to keep the link under Slack's limit. The template has no field for skipped occurrences.
 */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const footer = [entry.organizer ? `Organized by ${entry.organizer.name}` : '', entry.url ?? '']
    .filter((line) => line !== '')
    .join('\n');
  const urlWith = (title: string, description: string): string =>
    templateUrl(entry, title, [description, footer].filter((part) => part !== '').join(PARAGRAPH_BREAK));

  const title = truncateEncoded(entry.title, MAX_URL_LENGTH - urlWith('', '').length);
  const descriptionRoom = MAX_URL_LENGTH - urlWith(title, '').length - encode(PARAGRAPH_BREAK).length;
  return urlWith(title, truncateEncoded(entry.description, descriptionRoom));
}

function templateUrl(entry: CalendarEntry, title: string, details: string): string {
  const dates = `${utcStamp(entry.startsAt)}/${utcStamp(entry.startsAt + entry.durationMs)}`;
  const parameters = [
    'action=TEMPLATE',
    `text=${encode(title)}`,
    `dates=${dates}`,
    `details=${encode(details)}`,
    `ctz=${encode(entry.timeZone)}`,
  ];
  if (entry.recurrence) {
    parameters.push(`recur=${encode(`RRULE:${entry.recurrence.rule}`)}`);
  }
  return `https://calendar.google.com/calendar/render?${parameters.join('&')}`;
}

/** E.g. 20261211T130000Z. */
function utcStamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** The longest prefix of `text`, plus an ellipsis, whose encoding fits in `room` characters. */
function truncateEncoded(text: string, room: number): string {
  if (encode(text).length <= room) return text;
  let kept = '';
  let used = encode(ELLIPSIS).length;
  if (used > room) return '';
  // for…of walks code points, so a surrogate pair is never split.
  for (const character of text) {
    used += encode(character).length;
    if (used > room) break;
    kept += character;
  }
  return kept + ELLIPSIS;
}

// encodeURIComponent throws on a lone surrogate; toWellFormed replaces it with U+FFFD.
function encode(text: string): string {
  return encodeURIComponent(text.toWellFormed());
}
