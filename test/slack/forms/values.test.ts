import { describe, expect, it } from 'vitest';
import { reader } from '../../../src/slack/forms/values.ts';

describe('reading modal inputs', () => {
  const read = reader({
    title: { value: { type: 'plain_text_input', value: '  Winter Hackfest ' } },
    start: { value: { type: 'datetimepicker', selected_date_time: 1796994000 } },
    recurrence: { value: { type: 'static_select', selected_option: { value: 'weekly' } } },
    channel: { value: { type: 'conversations_select', selected_conversation: 'C111' } },
    people: { value: { type: 'multi_users_select', selected_users: ['U1', 'U2'] } },
    empty: { value: { type: 'plain_text_input', value: null } },
  });

  it('when a person filled an input, then its value is read in the type the app uses', () => {
    expect(read.text('title')).toBe('Winter Hackfest');
    expect(read.instant('start')).toBe(Date.parse('2026-12-11T13:00:00Z'));
    expect(read.option('recurrence')).toBe('weekly');
    expect(read.conversation('channel')).toBe('C111');
    expect(read.users('people')).toEqual(['U1', 'U2']);
  });

  it('when an input was left empty or is missing, then it reads as empty', () => {
    expect(read.text('empty')).toBe('');
    expect(read.text('missing')).toBe('');
    expect(read.instant('missing')).toBeNull();
    expect(read.option('missing')).toBeNull();
    expect(read.conversation('missing')).toBeNull();
    expect(read.users('missing')).toEqual([]);
  });
});
