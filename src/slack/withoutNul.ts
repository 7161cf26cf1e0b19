import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

/** Replaces, in place, U+0000 in every string of a parsed payload. */
function strip(node: unknown): unknown {
  if (typeof node === 'string') return node.includes('\u0000') ? node.replaceAll('\u0000', '') : node;
  if (Array.isArray(node)) for (const [index, item] of node.entries()) node[index] = strip(item);
  else if (typeof node === 'object' && node !== null)
    for (const [key, value] of Object.entries(node)) (node as Record<string, unknown>)[key] = strip(value);
  return node;
}

/** Whether any string in a parsed payload holds U+0000: a walk that reads only, quick for the payloads without. */
function hasNul(node: unknown): boolean {
  if (typeof node === 'string') return node.includes('\u0000');
  if (typeof node !== 'object' || node === null) return false;
  if (Array.isArray(node)) return node.some(hasNul);
  for (const key in node) if (hasNul((node as Record<string, unknown>)[key])) return true;
  return false;
}

/**
 * PostgreSQL cannot store U+0000 in text, and a NUL typed into a command or a form, or carried in an id, made the
 * store throw after the ack, leaving the person without an answer. No one means a NUL: it is dropped on the way in,
 * before any listener reads the payload (command, action, view and event are parts of the body, changed with it).
 */
export const withoutNul: Middleware<AnyMiddlewareArgs> = async ({ body, next }) => {
  if (hasNul(body)) strip(body);
  await next();
};
