import { describe, expect, it } from 'vitest';
import { escapeText, truncate, userText } from '../../src/slack/views/text.ts';

describe('user text in Block Kit', () => {
  it('when text contains Slack markup, then it is escaped so it pings no one', () => {
    expect(escapeText('<!channel> & <@U123> <https://x|y>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U123&gt; &lt;https://x|y&gt;',
    );
  });

  it('when text is too long, then it is cut with an ellipsis within the limit, never splitting an emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('ab😀😀', 4)).toBe('ab…');
  });

  it('when escaped text would outgrow the limit, then the escaped form is what fits', () => {
    const shown = userText('&'.repeat(10), 12);

    expect(shown.length).toBeLessThanOrEqual(12);
    expect(shown).toBe('&amp;&amp;…');
  });

  it('when user text has control or invisible characters, then none reach Slack, and newlines stay', () => {
    const typed = 'Pizza\u0000 bot\u200b\u202e <@U1>\nline two\u0007';

    expect(escapeText(typed)).toBe('Pizza bot &lt;@U1&gt;\nline two');
    expect(userText(typed, 100)).toBe('Pizza bot &lt;@U1&gt;\nline two');
    expect(truncate('\u0015\u0014Winter Hackfest', 7)).toBe('Winter…');
  });

  it('when an emoji is held together by joiners, then it is shown whole', () => {
    expect(userText('Demo 👨\u200d👩\u200d👧', 100)).toBe('Demo 👨\u200d👩\u200d👧');
  });
});
