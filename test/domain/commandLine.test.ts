import { describe, expect, it } from 'vitest';
import { splitSubcommand } from '../../src/domain/commandLine.ts';

describe('splitting a /hackfest command line', () => {
  it.each([
    ['', { subcommand: '', rest: '' }],
    ['   ', { subcommand: '', rest: '' }],
    ['help', { subcommand: 'help', rest: '' }],
    ['  LIST   all ', { subcommand: 'list', rest: 'all' }],
    [
      'schedule "Winter Hackfest" 2026-12-11 14:00',
      { subcommand: 'schedule', rest: '"Winter Hackfest" 2026-12-11 14:00' },
    ],
    ['propose\nmulti\nline', { subcommand: 'propose', rest: 'multi\nline' }],
  ])('when the text is %j, then it reads %j', (text, expected) => {
    expect(splitSubcommand(text)).toEqual(expected);
  });
});
