import { createHmac } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseJsonOrText } from './requestBody.ts';

export type SignatureHeaders = { 'x-slack-signature': string; 'x-slack-request-timestamp': string };

export type AppRequestKind = 'command' | 'interactive' | 'event';

export type PostToAppOptions = {
  /** Defaults to now; an older value makes a stale request. */
  timestampSec?: number;
  /** `null` sends no signature headers at all; a string replaces the correct signature. */
  signature?: string | null;
  retryNum?: number;
  retryReason?: string;
};

export type AppResponse = { status: number; body: unknown; ms: number };

/** The headers Slack adds to every request it sends an app: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>"). */
export function signRequest(secret: string, body: string, timestampSec: number): SignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${timestampSec}:${body}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestampSec) };
}

/** Sends a request to an app in HTTP mode the way Slack does: encoded per kind, signed, with optional retry headers. */
export async function postToApp(
  url: string,
  secret: string,
  kind: AppRequestKind,
  payload: object,
  options: PostToAppOptions = {},
): Promise<AppResponse> {
  const { timestampSec = Math.floor(Date.now() / 1000), signature, retryNum, retryReason = 'http_timeout' } = options;
  const { body, contentType } = encode(kind, payload);
  const headers: Record<string, string> = { 'content-type': contentType };
  if (signature !== null) {
    Object.assign(headers, signRequest(secret, body, timestampSec));
    if (signature !== undefined) headers['x-slack-signature'] = signature;
  }
  if (retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(retryNum);
    headers['x-slack-retry-reason'] = retryReason;
  }

  const startedAt = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  const ms = performance.now() - startedAt;
  return { status: response.status, body: parseJsonOrText(text), ms };
}

function encode(kind: AppRequestKind, payload: object): { body: string; contentType: string } {
  switch (kind) {
    case 'command': {
      const fields = Object.entries(payload)
        .filter(([, value]) => value !== undefined && value !== null)
        .map(([key, value]): [string, string] => [key, String(value)]);
      return { body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' };
    }
    case 'interactive':
      return {
        body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        contentType: 'application/x-www-form-urlencoded',
      };
    case 'event':
      return { body: JSON.stringify(payload), contentType: 'application/json' };
  }
}
