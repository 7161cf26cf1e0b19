import type { AllMiddlewareArgs, BlockButtonAction, BlockOverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Move } from '../../../domain/lineup.ts';
import type { UseCases } from '../../../usecases/index.ts';
import type { LineupChanged } from '../../../usecases/manageLineup.ts';
import { lineupModal, lineupRefusedModal } from '../../views/lineupModal.ts';

type InModal<A extends BlockButtonAction | BlockOverflowAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

const MOVES: readonly string[] = ['up', 'down', 'end'] satisfies Move[];

/**
 * Shows the outcome in the "Manage line-up" modal itself, where the click was: the line-up as it now is, or why the
 * click changed nothing (the person has the modal open, so a message elsewhere would be missed).
 */
async function show(args: InModal<BlockButtonAction | BlockOverflowAction>, useCases: UseCases, result: LineupChanged) {
  const { body, client } = args;
  if (!body.view) return;
  await client.views.update({
    view_id: body.view.id,
    view: result.ok ? lineupModal(result.hackfest, result.demos, useCases.now()) : lineupRefusedModal(result),
  });
}

const hackfestOf = (args: InModal<BlockButtonAction | BlockOverflowAction>) => args.body.view?.private_metadata ?? '';

/** Move up, down or to the end, from a demo's menu. */
export function moveDemoChosen(useCases: UseCases) {
  return async (args: InModal<BlockOverflowAction>) => {
    await args.ack();
    const [move, demoId = ''] = args.action.selected_option.value.split(':');
    if (!move || !MOVES.includes(move)) return;
    const result = await useCases.moveInLineup({
      actorId: args.body.user.id,
      hackfestId: hackfestOf(args),
      demoId,
      move: move as Move,
    });
    await show(args, useCases, result);
  };
}

export function shuffleClicked(useCases: UseCases) {
  return async (args: InModal<BlockButtonAction>) => {
    await args.ack();
    await show(
      args,
      useCases,
      await useCases.shuffleLineup({ actorId: args.body.user.id, hackfestId: args.action.value ?? '' }),
    );
  };
}

/** "Remove" beside a demo on the waitlist (after Slack's confirm dialog): its value is the demo's id. */
export function removeWaitingClicked(useCases: UseCases) {
  return async (args: InModal<BlockButtonAction>) => {
    await args.ack();
    const demoId = args.action.value ?? '';
    const actorId = args.body.user.id;
    await show(args, useCases, await useCases.removeFromWaitlist({ actorId, hackfestId: hackfestOf(args), demoId }));
  };
}

/** A sign-up rule's button in the modal: its value is `<word>:<hackfest id>`, and `onWord` turns the rule on. */
function toggleRule(useCases: UseCases, rule: 'signupsReopened' | 'oneDemoEach', onWord: string) {
  return async (args: InModal<BlockButtonAction>) => {
    await args.ack();
    const [word, hackfestId = ''] = (args.action.value ?? '').split(':');
    const actorId = args.body.user.id;
    await show(args, useCases, await useCases.setSignupRule({ actorId, hackfestId, rule, on: word === onWord }));
  };
}

/** Keep sign-ups open until the end, or reopen them (`open:<id>`); or close them as their deadline says (`close:<id>`). */
export const toggleSignupsClicked = (useCases: UseCases) => toggleRule(useCases, 'signupsReopened', 'open');

/** "Allow several demos each" (`several:<id>`) or "Limit to one demo each" (`one:<id>`). */
export const toggleOneDemoEachClicked = (useCases: UseCases) => toggleRule(useCases, 'oneDemoEach', 'one');
