import type { SlackAnswer } from './webApiMethods.ts';

/** What failNext makes the next call answer: ok:false with `error`, and/or an HTTP status (429 when retryAfterSec). */
export type InjectedFailure = { error?: string; status?: number; retryAfterSec?: number };

export type HttpAnswer = { status: number; headers: Record<string, string>; body: SlackAnswer };

/** Failures queued per method, each used up by one call. */
export class FailureQueue {
  private readonly queued = new Map<string, InjectedFailure[]>();

  add(method: string, failure: InjectedFailure): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), failure]);
  }

  take(method: string): HttpAnswer | undefined {
    const [failure, ...rest] = this.queued.get(method) ?? [];
    if (!failure) return undefined;
    this.queued.set(method, rest);
    const { error, status, retryAfterSec } = failure;
    const httpStatus = status ?? (retryAfterSec === undefined ? 200 : 429);
    return {
      status: httpStatus,
      headers: retryAfterSec === undefined ? {} : { 'retry-after': String(retryAfterSec) },
      body: { ok: false, error: error ?? (httpStatus === 429 ? 'ratelimited' : 'internal_error') },
    };
  }

  clear(): void {
    this.queued.clear();
  }
}
