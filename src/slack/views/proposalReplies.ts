import type { Adjustment, Proposal } from '../../domain/proposal.ts';
import { type EphemeralMessage, ephemeral } from './message.ts';
import { userText } from './text.ts';

const titled = (proposal: Proposal) => `*${userText(proposal.title, 150)}*`;

export const proposedMessage = (proposal: Proposal): EphemeralMessage =>
  ephemeral(
    `:bulb: Your proposal ${titled(proposal)} is up in <#${proposal.channelId}>. Share it: people back it and suggest changes there, and you'll hear of each suggestion by DM.`,
  );

export const backedMessage = (proposal: Proposal, backs: boolean, count: number): EphemeralMessage =>
  ephemeral(
    backs
      ? `:raised_hands: You back ${titled(proposal)} (${count} in all). Click *Back this* again to withdraw.`
      : `:wave: You no longer back ${titled(proposal)} (${stillBacking(count)}).`,
  );

const stillBacking = (count: number): string =>
  count === 0 ? 'nobody does now' : `${count} still ${count === 1 ? 'does' : 'do'}`;

/** The proposer hears of others' suggestions, not of their own. */
export const suggestedMessage = (proposal: Proposal, byProposer: boolean): EphemeralMessage =>
  ephemeral(
    `:speech_balloon: Thanks! Your suggestion is on ${titled(proposal)}${byProposer ? '' : ', and its proposer has been told'}.`,
  );

export const adjustedMessage = (proposal: Proposal, adjustments: readonly Adjustment[]): EphemeralMessage =>
  ephemeral(
    adjustments.length === 0
      ? `:information_source: Nothing changed on ${titled(proposal)}.`
      : `:pencil2: ${titled(proposal)} is adjusted (${adjustments.map((each) => each.what).join(', ')}). Its backers get one digest of your changes in a few minutes.`,
  );
