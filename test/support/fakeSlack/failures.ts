import type { SlackAnswer } from './webApiMethods.ts';

/**
 * What failNext makes the next call answer: ok:false with `error`, and/or an HTTP status (429 when retryAfterSec).
 * With `madeIt`, Slack does what was asked all the same and only the answer fails (a server error after the post).
 */
export type InjectedFailure = { error?: string; status?: number; retryAfterSec?: number; madeIt?: boolean };

/** Whether the nth call (counting from 1) to a method fails, and how; undefined lets it through. */
export type FailureRule = (nth: number) => InjectedFailure | undefined;

export type HttpAnswer = { status: number; headers: Record<string, string>; body: SlackAnswer; madeIt?: boolean };

/** Failures queued per method, each used up by one call; then the method's rule, if it has one. */
export class FailureQueue {
  private readonly queued = new Map<string, InjectedFailure[]>();
  private readonly rules = new Map<string, { rule: FailureRule; seen: number }>();

  add(method: string, failure: InjectedFailure): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), failure]);
  }

  addRule(method: string, rule: FailureRule): void {
    this.rules.set(method, { rule, seen: 0 });
  }

  take(method: string): HttpAnswer | undefined {
    const [failure, ...rest] = this.queued.get(method) ?? [];
    if (failure) {
      this.queued.set(method, rest);
      return httpAnswer(failure);
    }
    const ruled = this.rules.get(method);
    if (!ruled) return undefined;
    ruled.seen += 1;
    const chosen = ruled.rule(ruled.seen);
    return chosen && httpAnswer(chosen);
  }

  clear(): void {
    this.queued.clear();
    this.rules.clear();
  }
}

function httpAnswer({ error, status, retryAfterSec, madeIt }: InjectedFailure): HttpAnswer {
  const httpStatus = status ?? (retryAfterSec === undefined ? 200 : 429);
  return {
    madeIt,
    status: httpStatus,
    headers: retryAfterSec === undefined ? {} : { 'retry-after': String(retryAfterSec) },
    body: { ok: false, error: error ?? (httpStatus === 429 ? 'ratelimited' : 'internal_error') },
  };
}
