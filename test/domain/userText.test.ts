import { describe, expect, it } from 'vitest';
import { checkFeedback, cleanFeedbackAnswer, summarize } from '../../src/domain/feedback.ts';
import { REMINDER_KINDS } from '../../src/domain/hackfest.ts';
import { cleanDemoDraft, type DemoDraft, validateDemo } from '../../src/domain/lineup.ts';
import { type ProposalDraft, parseTopics, readProposal, tallySuggestions } from '../../src/domain/proposal.ts';
import { parseQuotedTitle, parseScheduleText, parseTitleAndStart } from '../../src/domain/scheduleText.ts';
import { planSchedule, type ScheduleRequest, validateSchedule } from '../../src/domain/scheduling.ts';
import { cleanLine, cleanText, isBlank, quoted, withoutControls } from '../../src/domain/userText.ts';
import { aFeedbackAnswer, aHackfest } from '../support/builders.ts';

/** Titles the fuzzer found: nothing visible in them. */
const INVISIBLE_TITLES = [
  '\u0015\u0014',
  '\u200b',
  '\u200b\u200b\u200b',
  '\ufeff \u2060',
  '\u202e\u0000\u0085',
  '\t\r',
  '\u3164',
  '\u2800 \u2800',
  '\uffa0\u115f\u1160',
];
/** A title with a stray control character and a zero-width space in it, as pasted. */
const PASTED_TITLE = 'Winter\u0007 Hack\u200bfest';
const CLEAN_TITLE = 'Winter Hackfest';

describe('cleaning user text', () => {
  it.each(INVISIBLE_TITLES)('when text has only control or invisible characters (%j), then nothing is left', (text) => {
    expect(cleanText(text)).toBe('');
    expect(isBlank(text)).toBe(true);
  });

  it('when a Hangul filler or a blank braille pattern sits among words, then it stays', () => {
    expect(cleanText('Hack\u3164fest \u2800')).toBe('Hack\u3164fest \u2800');
  });

  it('when text has control characters among words, then they go and the words stay', () => {
    expect(cleanText(' a\u0000b\u001bc\u007fd\u0085e\u009ff ')).toBe('abcdef');
  });

  it('when text has zero-width, bidi or byte-order characters, then they go', () => {
    expect(cleanText('\ufeffa\u200bb\u200ec\u200fd\u202ae\u202ef\u2066g\u2069h\u2060i')).toBe('abcdefghi');
  });

  it('when a description has newlines, then they stay; a tab becomes a space and CRLF a newline', () => {
    expect(cleanText('First line\r\nSecond\tline\rThird\n\nFourth')).toBe('First line\nSecond line\nThird\n\nFourth');
  });

  it('when text is decomposed, then it is composed (NFC)', () => {
    expect(cleanText('Cafe\u0301')).toBe('Café');
    expect(cleanText('Cafe\u200b\u0301')).toBe('Café');
  });

  it('when joiners hold an emoji or a word together, then they stay; alone or at an edge, they go', () => {
    const family = '👨\u200d👩\u200d👧';
    expect(cleanText(`Demo ${family}`)).toBe(`Demo ${family}`);
    expect(cleanText('\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645')).toBe(
      '\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645',
    );
    expect(cleanText('\u200d\u200c')).toBe('');
    expect(cleanText('\u200da \u200d b\u200c')).toBe('a  b');
  });

  it('when text is ordinary, then it comes back as it was, only trimmed', () => {
    for (const text of ['Winter Hackfest', 'Ünïcödé 🎉 <!channel> & "quotes"', 'Two  spaces', 'Line\nbreak'])
      expect(cleanText(` ${text} `)).toBe(text);
  });

  it('when text holds a lone surrogate, then it is replaced, not passed on', () => {
    expect(cleanText('a\ud800b')).toBe('a\ufffdb');
  });

  it('when a one-line text has line breaks, then each is read as one space', () => {
    expect(cleanLine(' Winter \n Hackfest\r\n2026 ')).toBe('Winter Hackfest 2026');
  });

  it('when only control characters are removed for display, then nothing is trimmed', () => {
    expect(withoutControls(' a\u0000 ')).toBe(' a ');
  });
});

/** Monday 2026-11-23, 10:00 in Berlin. */
const BERLIN = { zone: 'Europe/Berlin', now: Date.parse('2026-11-23T09:00Z') };

describe('a title by text command', () => {
  it.each(INVISIBLE_TITLES)('when the quoted title is invisible (%j), then it is refused as empty', (title) => {
    const read = parseScheduleText(`"${title}" 2026-12-11 14:00`, BERLIN);

    expect(read).toEqual({
      ok: false,
      error: { part: 'title', message: 'The title is empty.', example: expect.stringContaining('"Winter Hackfest"') },
    });
  });

  it('when the title has a stray control character, then the cleaned title is read', () => {
    const read = parseScheduleText(`"${PASTED_TITLE}" 2026-12-11 14:00`, BERLIN);

    expect(read.ok && read.value.title).toBe(CLEAN_TITLE);
  });

  it('when a reschedule or cancel names a title with control characters, then the cleaned title is looked for', () => {
    const moved = parseTitleAndStart(`\u200b"${PASTED_TITLE}" 2026-12-11 14:00`, BERLIN);
    const cancelled = parseQuotedTitle(`"${PASTED_TITLE}"`);

    expect(moved.ok && moved.value.title).toBe(CLEAN_TITLE);
    expect(cancelled.ok && cancelled.value.title).toBe(CLEAN_TITLE);
    expect(parseQuotedTitle('"\u0015\u0014"').ok).toBe(false);
  });
});

const NOW = Date.parse('2026-11-23T09:00:00Z');
const request = (overrides: Partial<ScheduleRequest> = {}): ScheduleRequest => ({
  organizerId: 'U1',
  channelId: 'C1',
  title: CLEAN_TITLE,
  description: '',
  startsAt: Date.parse('2026-12-11T13:00:00Z'),
  timeZone: 'Europe/Berlin',
  durationMs: 3 * 3_600_000,
  slots: 8,
  demoMs: 5 * 60_000,
  signupDeadline: null,
  coOrganizerIds: [],
  rule: null,
  reminders: [...REMINDER_KINDS],
  ...overrides,
});

describe('a title in the scheduling form', () => {
  it.each(INVISIBLE_TITLES)('when the title is invisible (%j), then it is refused with the usual message', (title) => {
    expect(validateSchedule(request({ title }), NOW)).toEqual([
      { field: 'title', message: 'Give the hackfest a title, e.g. "Winter Hackfest".' },
    ]);
  });

  it('when title and description have control characters, then the cleaned ones are kept, newlines and all', () => {
    const plan = planSchedule(
      request({ title: PASTED_TITLE, description: 'Bring\u0000 a demo.\n\nOr two.\u200b' }),
      NOW,
      () => 'id',
    );

    expect(validateSchedule(request({ title: PASTED_TITLE }), NOW)).toEqual([]);
    expect(plan.hackfests[0]).toMatchObject({ title: CLEAN_TITLE, description: 'Bring a demo.\n\nOr two.' });
  });
});

const demoDraft = (overrides: Partial<DemoDraft> = {}): DemoDraft => ({
  title: 'Slack bot that orders pizza',
  description: '',
  teamIds: [],
  lengthMs: 5 * 60_000,
  ...overrides,
});

describe('a demo title', () => {
  const hackfest = aHackfest();

  it.each(INVISIBLE_TITLES)('when the title is invisible (%j), then it is refused with the usual message', (title) => {
    expect(validateDemo(demoDraft({ title }), hackfest)).toEqual([
      { field: 'title', message: 'Give your demo a title, e.g. "Slack bot that orders pizza".' },
    ]);
  });

  it('when title and description have control characters, then the draft as kept has them cleaned', () => {
    const draft = demoDraft({ title: `\u202e${PASTED_TITLE}\n`, description: 'Orders\u0007 pizza.\nFast.' });

    expect(validateDemo(draft, hackfest)).toEqual([]);
    expect(cleanDemoDraft(draft)).toEqual({ ...draft, title: CLEAN_TITLE, description: 'Orders pizza.\nFast.' });
  });
});

const proposalDraft = (overrides: Partial<ProposalDraft> = {}): ProposalDraft => ({
  title: CLEAN_TITLE,
  why: 'Ship the ideas we never get to.',
  format: 'demo day',
  length: '2 days',
  frequency: 'monthly',
  topics: 'AI, tooling',
  channelId: 'C111',
  ...overrides,
});

describe('a proposal', () => {
  it.each(INVISIBLE_TITLES)('when the title is invisible (%j), then it is refused with the usual message', (title) => {
    expect(readProposal(proposalDraft({ title }))).toEqual({
      ok: false,
      errors: [{ field: 'title', message: 'Give it a title, e.g. "Winter Hackfest".' }],
    });
  });

  it('when the why is invisible, then it is refused as missing', () => {
    const read = readProposal(proposalDraft({ why: '\u200b\u0000' }));

    expect(!read.ok && read.errors.map((error) => error.field)).toEqual(['why']);
  });

  it('when its texts have control characters, then the cleaned texts are kept and invisible topics dropped', () => {
    const read = readProposal(
      proposalDraft({
        title: PASTED_TITLE,
        why: 'Ship\u0000 it.\nTogether.',
        format: 'demo\u200b day',
        topics: 'AI\u0007, \u200b, tool\u00adless',
      }),
    );

    expect(read.ok && read.details).toMatchObject({
      title: CLEAN_TITLE,
      why: 'Ship it.\nTogether.',
      format: 'demo day',
      topics: ['AI', 'tool\u00adless'],
    });
    expect(parseTopics('\u0015, AI')).toEqual(['AI']);
  });

  it('when suggestions have control characters, then they are tallied cleaned and invisible ones left out', () => {
    const at = 0;
    const tallies = tallySuggestions([
      { userId: 'U1', aspect: 'length', text: 'one\u0000 day', at },
      { userId: 'U2', aspect: 'length', text: 'One day\u200b', at },
      { userId: 'U3', aspect: 'format', text: '\u200b\u0015', at },
    ]);

    expect(tallies).toEqual([{ aspect: 'length', count: 2, ideas: [{ text: 'one day', count: 2 }] }]);
  });
});

describe('feedback texts', () => {
  it('when the comment and a "change to" have control characters, then the answer as kept has them cleaned', () => {
    const answer = aFeedbackAnswer({
      comment: 'Great\u0000 demos.\nMore pizza.\u200b',
      aspects: { ...aFeedbackAnswer().aspects, length: { leaning: 'less', changeTo: '\u0007one day\n' } },
    });

    expect(checkFeedback(answer, [])).toEqual([]);
    expect(cleanFeedbackAnswer(answer)).toEqual({
      ...answer,
      comment: 'Great demos.\nMore pizza.',
      aspects: { ...answer.aspects, length: { leaning: 'less', changeTo: 'one day' } },
    });
  });

  it('when a comment is too long only because of invisible characters, then it is not refused', () => {
    expect(checkFeedback(aFeedbackAnswer({ comment: `ok${'\u200b'.repeat(2_000)}` }), [])).toEqual([]);
  });

  it('when feedback kept earlier has invisible comments or changes, then the summary leaves them out', () => {
    const invisible = { leaning: null, changeTo: '\u200b' };
    const summary = summarize(
      [
        {
          ...aFeedbackAnswer({ comment: '\u0015\u0014', aspects: { ...aFeedbackAnswer().aspects, topics: invisible } }),
          hackfestId: 'hf-1',
          userId: 'U1',
          at: 0,
        },
        { ...aFeedbackAnswer({ comment: 'Nice\u0000!' }), hackfestId: 'hf-1', userId: 'U2', at: 0 },
      ],
      { durationMs: 3 * 3_600_000 },
    );

    expect(summary.comments).toEqual([{ text: 'Nice!', by: 'U2' }]);
    expect(summary.aspects.topics.changes).toEqual([]);
  });
});

describe('quoting what a person typed in an error', () => {
  it('when the text is short, then it is quoted whole', () => {
    expect(quoted('pizza')).toBe('"pizza"');
  });

  it('when the text is longer than 40 characters, then 39 are kept and an ellipsis marks the cut', () => {
    expect(quoted('A'.repeat(3000))).toBe(`"${'A'.repeat(39)}…"`);
  });

  it('when the cut falls on an emoji, then the emoji is not split', () => {
    expect(quoted('🍕'.repeat(50))).toBe(`"${'🍕'.repeat(39)}…"`);
  });
});
