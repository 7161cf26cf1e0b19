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
      if (typeof value === 'string') args[field] = parseJsonOrText(value);
    }
    return args;
  }
  const parsed = parseJsonOrText(text);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : { body: parsed };
}

export function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The bytes and name of an upload: the first file of a multipart body (as web-api sends it), else the raw body. */
export async function uploadedFile(
  contentType: string | undefined,
  body: Buffer,
): Promise<{ bytes: Buffer; filename: string | undefined }> {
  if (!contentType?.startsWith('multipart/form-data')) return { bytes: body, filename: undefined };
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const file = [...form.values()].find((value): value is File => typeof value !== 'string');
  return file
    ? { bytes: Buffer.from(await file.arrayBuffer()), filename: file.name }
    : { bytes: body, filename: undefined };
}
