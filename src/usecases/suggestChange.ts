import type { UserId } from '../domain/hackfest.ts';
import { ASPECTS, type Aspect, PROPOSAL_LIMITS, type Proposal, type Suggestion } from '../domain/proposal.ts';
import type { Refused } from '../domain/refusals.ts';
import { cleanText } from '../domain/userText.ts';
import type { Deps } from './deps.ts';
import { loadOpenProposal } from './loadForProposer.ts';
import { tell } from './tellPeople.ts';

export type SuggestionError = { field: 'aspect' | 'suggestion'; message: string };
export type Suggested = { ok: true; proposal: Proposal } | Refused | { ok: false; errors: SuggestionError[] };

const isAspect = (value: string): value is Aspect => (ASPECTS as readonly string[]).includes(value);

/** What is wrong with a suggestion, or the proposal it is for: checked before the modal closes. */
export async function checkSuggestion(
  deps: Deps,
  request: { proposalId: string; aspect: string; text: string },
): Promise<
  { ok: true; proposal: Proposal; aspect: Aspect; text: string } | Refused | { ok: false; errors: SuggestionError[] }
> {
  const text = cleanText(request.text);
  const errors: SuggestionError[] = [];
  if (!isAspect(request.aspect)) errors.push({ field: 'aspect', message: 'Pick what your suggestion is about.' });
  if (text === '') errors.push({ field: 'suggestion', message: 'Say what you would change, e.g. "one day, not two".' });
  else if (text.length > PROPOSAL_LIMITS.suggestionLength)
    errors.push({ field: 'suggestion', message: `Keep it to ${PROPOSAL_LIMITS.suggestionLength} characters.` });
  if (errors.length > 0 || !isAspect(request.aspect)) return { ok: false, errors };
  const open = await loadOpenProposal(deps, request.proposalId);
  return open.ok ? { ...open, aspect: request.aspect, text } : open;
}

/** "Suggest a change": recorded on the proposal, shown in its tally, and the proposer hears of it by DM. */
export async function suggestChange(
  deps: Deps,
  request: { proposalId: string; userId: UserId; aspect: string; text: string },
): Promise<Suggested> {
  const checked = await checkSuggestion(deps, request);
  if (!checked.ok) return checked;
  const { proposal, aspect, text } = checked;
  const suggestion: Suggestion = { userId: request.userId, aspect, text, at: deps.clock.now() };
  await deps.store.proposals.suggest(proposal.id, suggestion, deps.newId());
  deps.proposalBoard.refresh(proposal.id);
  if (request.userId !== proposal.proposerId)
    await tell(deps, [proposal.proposerId], { kind: 'suggestionReceived', proposal, suggestion });
  return { ok: true, proposal };
}
