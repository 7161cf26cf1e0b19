import type { IncomingMessage } from 'node:http';

// @slack/web-api sends form bodies and JSON-stringifies nested values; these are the ones a test wants back as objects.
const JSON_FIELDS = ['blocks', 'view', 'metadata', 'attachments', 'files'];

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function bearerToken(request: IncomingMessage): string | undefined {
  const match = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** Turns a Web API or response_url request body (form-urlencoded or JSON) into an arguments object. */
export function parseArgs(contentType: string | undefined, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(text));
    for (const field of JSON_FIELDS) {
      const value = args[field];
      if (typeof value === 'string') args[field] = parseJsonOr(value);
    }
    return args;
  }
  const parsed = parseJsonOr(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : { body: parsed };
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
