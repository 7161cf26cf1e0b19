import { describe, expect, it } from 'vitest';
import { plainDate, slackDate } from '../../../src/slack/views/dates.ts';

/** 2026-12-11 14:00 in Berlin, a Friday. */
const WINTER = Date.parse('2026-12-11T13:00:00Z');

describe('dates people read', () => {
  it('when a time is shown, then it is a Slack date token with a fallback in the hackfest zone', () => {
    expect(slackDate(WINTER, 'Europe/Berlin')).toBe(
      '<!date^1796994000^{date_long_pretty} at {time}|2026-12-11 14:00 Europe/Berlin>',
    );
  });

  it('when a short format is asked for, then the token uses it and the fallback stays unambiguous', () => {
    expect(slackDate(WINTER, 'America/New_York', '{date_short_pretty}')).toBe(
      '<!date^1796994000^{date_short_pretty}|2026-12-11 08:00 America/New_York>',
    );
  });

  it('when a date goes where tokens cannot (plain text), then it is the wall-clock time in the zone', () => {
    expect(plainDate(WINTER, 'Asia/Tokyo')).toBe('2026-12-11 22:00');
  });
});
