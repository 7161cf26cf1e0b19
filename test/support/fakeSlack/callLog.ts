import { EventEmitter } from 'node:events';

export type ApiCall = {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
  /** The fake answered it with an injected failure (failNext, failSome): Slack did nothing. */
  failed: boolean;
};

export type CallPredicate = (call: ApiCall) => boolean;

/** Every call the fake received, in order, with a way to wait for calls that have not happened yet. */
export class CallLog {
  readonly calls: ApiCall[] = [];
  private readonly recorded = new EventEmitter();
  private readonly abandonWaiters = new Set<(reason: Error) => void>();

  record(method: string, args: Record<string, unknown>, token: string | undefined, failed = false): ApiCall {
    const call = { method, args, token, at: Date.now(), failed };
    this.calls.push(call);
    this.recorded.emit('call', call);
    return call;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call to `method` matching `predicate`, whether it already happened or happens later. */
  waitFor(method: string, predicate: CallPredicate = () => true, timeoutMs = 5000): Promise<ApiCall> {
    return this.waitForCall((call) => call.method === method && predicate(call), timeoutMs, `${method} call`);
  }

  /** Resolves with the first call of any method matching `matches`, whether it already happened or happens later. */
  waitForCall(matches: CallPredicate, timeoutMs = 5000, what = 'call'): Promise<ApiCall> {
    const existing = this.calls.find(matches);
    if (existing) return Promise.resolve(existing);

    return new Promise((resolve, reject) => {
      const finish = () => {
        clearTimeout(timer);
        this.recorded.off('call', onCall);
        this.abandonWaiters.delete(abandon);
      };
      const onCall = (call: ApiCall) => {
        if (!matches(call)) return;
        finish();
        resolve(call);
      };
      const abandon = (reason: Error) => {
        finish();
        reject(reason);
      };
      const timer = setTimeout(
        () => abandon(new Error(`fake Slack: no matching ${what} within ${timeoutMs} ms; ${this.describe()}`)),
        timeoutMs,
      );
      this.recorded.on('call', onCall);
      this.abandonWaiters.add(abandon);
    });
  }

  reset(): void {
    this.calls.length = 0;
  }

  /** Rejects every pending waitFor, so a test that closes the fake does not hang on them. */
  abandonAll(reason: string): void {
    for (const abandon of [...this.abandonWaiters]) abandon(new Error(reason));
  }

  private describe(): string {
    if (this.calls.length === 0) return 'no calls were made';
    const counts = new Map<string, number>();
    for (const call of this.calls) counts.set(call.method, (counts.get(call.method) ?? 0) + 1);
    const seen = [...counts].map(([method, count]) => `${method} ×${count}`).join(', ');
    return `methods seen: ${seen}`;
  }
}
