import type { Button, KnownBlock } from '@slack/types';

/** The small Block Kit pieces the views are built of. */

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** A line of small print. */
export const note = (text: string): KnownBlock => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });

export const header = (text: string): KnownBlock => ({ type: 'header', text: { type: 'plain_text', text } });

/** A labelled field of a section's `fields`. */
export const field = (label: string, value: string) => ({ type: 'mrkdwn' as const, text: `*${label}*\n${value}` });

/** A button whose value names what it acts on (a hackfest's or a proposal's id). */
export const button = (actionId: string, text: string, value: string, extra: Partial<Button> = {}): Button => ({
  type: 'button',
  action_id: actionId,
  text: { type: 'plain_text', text },
  value,
  ...extra,
});
