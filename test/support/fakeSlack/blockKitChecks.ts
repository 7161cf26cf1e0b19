import type { Surface } from './blockKitLimits.ts';
import { checkBlockKit } from './blockKitLimits.ts';

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral', 'response_url']);
const VIEW_METHODS = new Set(['views.open', 'views.push', 'views.update', 'views.publish']);

/** The Block Kit violations in the arguments of a call that carries blocks; [] for every other method. */
export function blockKitViolationsFor(method: string, args: Record<string, unknown>): string[] {
  if (MESSAGE_METHODS.has(method)) return checkBlockKit('message', args.blocks);
  if (!VIEW_METHODS.has(method)) return [];

  const view = args.view;
  if (typeof view !== 'object' || view === null || Array.isArray(view)) return ['view: required, as a JSON object'];
  const { type, blocks } = view as Record<string, unknown>;
  const surface: Surface =
    method === 'views.publish' || (method === 'views.update' && type === 'home') ? 'home' : 'modal';
  const typeViolation = type === surface ? [] : [`view.type: must be "${surface}" for ${method}, got ${String(type)}`];
  return [...typeViolation, ...checkBlockKit(surface, blocks, view)];
}
