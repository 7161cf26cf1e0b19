/** Reading what the app sent the way Slack would: element values, and the text it parses for mentions. */

/** The value of the first element with this action_id anywhere in a message or view. */
export function elementValue(message: unknown, actionId: string): string | undefined {
  if (Array.isArray(message)) return message.map((item) => elementValue(item, actionId)).find(Boolean);
  if (typeof message !== 'object' || message === null) return undefined;
  const record = message as Record<string, unknown>;
  if (record.action_id === actionId && typeof record.value === 'string') return record.value;
  return Object.values(record)
    .map((item) => elementValue(item, actionId))
    .find(Boolean);
}

/** Every piece of text Slack would parse for mentions: mrkdwn text objects and a message's top-level text. */
export function markupOf(message: Record<string, unknown>): string[] {
  const found: string[] = typeof message.text === 'string' ? [message.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'mrkdwn' && typeof record.text === 'string') found.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(message.blocks);
  return found;
}
