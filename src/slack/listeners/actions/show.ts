import type { AllMiddlewareArgs, BlockButtonAction, BlockOverflowAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Role } from '../../../domain/refusals.ts';
import type { UseCases } from '../../../usecases/index.ts';
import type { ShowControl } from '../../../usecases/runShow.ts';
import { refusalMessage } from '../../views/refusals.ts';
import { privately } from './privately.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
type OverflowArgs = SlackActionMiddlewareArgs<BlockOverflowAction> & AllMiddlewareArgs;

const ONE_MINUTE_MS = 60_000;

/**
 * "Be the emcee" / "Be the timekeeper" (`claim:<role>:<hackfest id>`) and, from a taken role's ⋯ menu, giving it up
 * (`step-down:…` for its holder, `free:…` for organizers; older messages' buttons say `release:…`).
 */
async function changeRole(useCases: UseCases, args: ButtonArgs | OverflowArgs, value: string) {
  await args.ack();
  const [what, role, hackfestId = ''] = value.split(':');
  if (role !== 'emcee' && role !== 'timekeeper') return;
  const result = await useCases.claimRole({
    userId: args.body.user.id,
    hackfestId,
    role: role as Role,
    claim: what === 'claim',
  });
  if (!result.ok) await privately(args)(refusalMessage(result));
}

export const claimRoleClicked = (useCases: UseCases) => (args: ButtonArgs) =>
  changeRole(useCases, args, args.action.value ?? '');

export const releaseRoleChosen = (useCases: UseCases) => (args: OverflowArgs) =>
  changeRole(useCases, args, args.action.selected_option.value);

/** The run-of-show buttons (and "Start the show" on the announcement); each carries the hackfest id. */
export function showControlClicked(useCases: UseCases, control: ShowControl | 'pause-or-resume') {
  return async (args: ButtonArgs) => {
    const { ack, action, body } = args;
    await ack();
    const { hackfestId, resolved } = readButton(control, action.value ?? '');
    const result = await useCases.runShow({ actorId: body.user.id, target: { hackfestId }, control: resolved });
    if (!result.ok) await privately(args)(refusalMessage(result));
  };
}

/**
 * Pause/Resume carries what it does: `pause:<hackfest id>` or `resume:<hackfest id>`; Next and Skip the demo they move
 * on from, `<hackfest id>:<demo id>` (older messages' just the id); the others just the id.
 */
function readButton(control: ShowControl | 'pause-or-resume', value: string) {
  if (control === 'pause-or-resume') {
    const [verb, hackfestId = ''] = value.split(':');
    return { hackfestId, resolved: { type: verb === 'resume' ? 'resume' : 'pause' } as const };
  }
  if (control.type !== 'next' && control.type !== 'skip') return { hackfestId: value, resolved: control };
  const [hackfestId = '', from] = value.split(':');
  return { hackfestId, resolved: from ? { type: control.type, from } : control };
}

export const EXTEND_ONE_MINUTE: ShowControl = { type: 'extend', ms: ONE_MINUTE_MS };
