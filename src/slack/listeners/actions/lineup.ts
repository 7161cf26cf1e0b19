import type { AllMiddlewareArgs, BlockButtonAction, BlockOverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Move } from '../../../domain/lineup.ts';
import type { UseCases } from '../../../usecases/index.ts';
import type { LineupChanged } from '../../../usecases/manageLineup.ts';
import { lineupModal } from '../../views/lineupModal.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { privately } from './privately.ts';

type InModal<A extends BlockButtonAction | BlockOverflowAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

const MOVES: readonly string[] = ['up', 'down', 'end'] satisfies Move[];

/** Shows the outcome in the "Manage line-up" modal itself; a refusal goes to the person who clicked, by DM. */
async function show(args: InModal<BlockButtonAction | BlockOverflowAction>, useCases: UseCases, result: LineupChanged) {
  const { body, client } = args;
  if (!result.ok) return privately(args)(refusalMessage(result));
  if (!body.view) return;
  await client.views.update({
    view_id: body.view.id,
    view: lineupModal(result.hackfest, result.demos, useCases.now()),
  });
}

/** Move up, down or to the end, from a demo's menu. */
export function moveDemoChosen(useCases: UseCases) {
  return async (args: InModal<BlockOverflowAction>) => {
    await args.ack();
    const [move, demoId = ''] = args.action.selected_option.value.split(':');
    if (!move || !MOVES.includes(move)) return;
    const hackfestId = args.body.view?.private_metadata ?? '';
    const result = await useCases.moveInLineup({ actorId: args.body.user.id, hackfestId, demoId, move: move as Move });
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

/** A sign-up rule's button in the modal: its value is `<word>:<hackfest id>`, and `onWord` turns the rule on. */
function toggleRule(useCases: UseCases, rule: 'signupsReopened' | 'oneDemoEach', onWord: string) {
  return async (args: InModal<BlockButtonAction>) => {
    await args.ack();
    const [word, hackfestId = ''] = (args.action.value ?? '').split(':');
    const actorId = args.body.user.id;
    await show(args, useCases, await useCases.setSignupRule({ actorId, hackfestId, rule, on: word === onWord }));
  };
}

/** "Reopen sign-ups" (`open:<id>`) or "Close sign-ups again" (`close:<id>`). */
export const toggleSignupsClicked = (useCases: UseCases) => toggleRule(useCases, 'signupsReopened', 'open');

/** "Allow several demos each" (`several:<id>`) or back to "One demo each" (`one:<id>`). */
export const toggleOneDemoEachClicked = (useCases: UseCases) => toggleRule(useCases, 'oneDemoEach', 'one');
