import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { demoChangeRefusal } from '../../../domain/lineup.ts';
import type { UseCases } from '../../../usecases/index.ts';
import { demoModal } from '../../views/demoModal.ts';
import { lineupModal } from '../../views/lineupModal.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { withdrawnMessage } from '../../views/replies.ts';
import { privately } from './privately.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Sign up to demo": the form, while sign-ups are open (and the show has not been held) to the clicker. */
export function signUpClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const hackfest = await useCases.getHackfest(action.value ?? '');
    if (!hackfest) return void (await privately(args)(refusalMessage({ refused: 'not-found' })));
    const refused = await useCases.signupRefusalFor({ userId: body.user.id, hackfest });
    if (refused) return void (await privately(args)(refusalMessage(refused)));
    await client.views.open({ trigger_id: body.trigger_id, view: demoModal({ hackfest }) });
  };
}

/** "Edit my demo": the form filled in with the clicker's demo, or a word that they have none or only its owner may. */
export function editDemoClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const hackfest = await useCases.getHackfest(action.value ?? '');
    if (!hackfest) return void (await privately(args)(refusalMessage({ refused: 'not-found' })));
    const refused = demoChangeRefusal(hackfest);
    if (refused) return void (await privately(args)(refusalMessage(refused)));
    const demo = await useCases.myDemo({ userId: body.user.id, hackfestId: hackfest.id });
    if (!demo) return void (await privately(args)(refusalMessage({ refused: 'no-demo', hackfest })));
    if (demo.ownerId !== body.user.id)
      return void (await privately(args)(
        refusalMessage({ refused: 'in-team', hackfest, ownerId: demo.ownerId, demoTitle: demo.title }),
      ));
    await client.views.open({ trigger_id: body.trigger_id, view: demoModal({ hackfest }, demo) });
  };
}

/** "Withdraw" (after Slack's confirm dialog): the clicker's demo, or their place in a team. */
export function withdrawClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const result = await useCases.withdraw({ userId: body.user.id, hackfestId: action.value ?? '' });
    await privately(args)(result.ok ? withdrawnMessage(result) : refusalMessage(result));
  };
}

/** "Manage line-up": organizers only. */
export function manageLineupClicked(useCases: UseCases) {
  return async (args: ButtonArgs) => {
    const { ack, action, body, client } = args;
    await ack();
    const result = await useCases.lineupFor({ actorId: body.user.id, hackfestId: action.value ?? '' });
    if (!result.ok) return void (await privately(args)(refusalMessage(result)));
    await client.views.open({
      trigger_id: body.trigger_id,
      view: lineupModal(result.hackfest, result.demos, useCases.now()),
    });
  };
}
