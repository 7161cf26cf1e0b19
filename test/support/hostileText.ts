import fc from 'fast-check';

/** Words people (or attackers) type that have tripped apps before: mentions, markup, odd numbers and dates. */
const NASTY_WORDS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U111>',
  '<#C111>',
  '<https://evil.example|click>',
  '*bold* _it_ ~s~ `code` ```block```',
  '&lt;&amp;&gt;',
  '"',
  '""',
  '"unterminated',
  '\\',
  '\u0000',
  '\u202e',
  '\ufeff',
  '😀👩‍💻',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '99999999999999999999',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '9999-12-31',
  '25:61',
  '14:00',
  '2026-12-11 14:00',
  'yesterday',
  'next friday',
  '3h',
  '0s',
  '-5m',
  '99999h',
  'slots',
  'slots -3',
  'slots 100000',
  'demo 0s',
  'every',
  'every 0 weeks',
  'every month on 9th friday',
  'FREQ=SECONDLY',
  'FREQ=DAILY;COUNT=100000',
  'FREQ=NONSENSE;;==',
  "'; drop table hackfests; --",
];

/** Only control characters, the kind a paste from a terminal brings along. */
const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 8,
});

/** One piece of hostile text: a nasty word, random Unicode, control characters, or a huge string. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_WORDS), weight: 4 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  { arbitrary: controlCharacters, weight: 1 },
  { arbitrary: fc.string({ minLength: 3_000, maxLength: 5_000 }), weight: 1 },
);

/** A few hostile pieces joined with spaces: what follows a subcommand. */
export const hostileArguments: fc.Arbitrary<string> = fc
  .array(hostileText, { maxLength: 4 })
  .map((parts) => parts.join(' '));

/** An id of something: a known one, one that does not exist, or hostile text. */
export const someId = (...known: string[]): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom(...known, 'hf-does-not-exist', '00000000-0000-0000-0000-000000000000', ''), hostileText);
