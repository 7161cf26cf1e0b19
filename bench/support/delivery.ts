import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { AppRequestKind } from '../../test/support/fakeSlack/index.ts';

/** How long the app took to ack, whether it did, and what the ack carried. */
export type Ack = { ms: number; ok: boolean; body?: unknown };

export type DeliveryRequest = { id: number } & (
  | { type: 'http'; url: string; signingSecret: string; kind: AppRequestKind; payload: object }
  | { type: 'socket'; kind: AppRequestKind; payload: object }
  | { type: 'socket-connected' }
  | { type: 'close' }
);
export type DeliveryAnswer = { id: number } & Ack;

type Target = { mode: 'http'; url: string; signingSecret: string } | { mode: 'socket' };

/** Sends the app what Slack would, from its own thread ([`deliveryWorker.ts`](deliveryWorker.ts)), and times the acks. */
export type Delivery = {
  /** For the fake Web API's `apps.connections.open`: where a Socket Mode app connects. */
  socketUrl: string;
  socketConnected(): Promise<void>;
  deliver(target: Target, kind: AppRequestKind, payload: object): Promise<Ack>;
  close(): Promise<void>;
};

export async function startDelivery(): Promise<Delivery> {
  const worker = new Worker(new URL('./deliveryWorker.ts', import.meta.url));
  const [{ socketUrl }] = (await once(worker, 'message')) as [{ socketUrl: string }];
  const waiting = new Map<number, (ack: Ack) => void>();
  worker.on('message', ({ id, ...ack }: DeliveryAnswer) => {
    waiting.get(id)?.(ack);
    waiting.delete(id);
  });
  let lastId = 0;
  const ask = (request: DistributiveOmit<DeliveryRequest, 'id'>): Promise<Ack> => {
    const id = ++lastId;
    worker.postMessage({ id, ...request });
    return new Promise((resolve) => waiting.set(id, resolve));
  };
  return {
    socketUrl,
    async socketConnected() {
      if (!(await ask({ type: 'socket-connected' })).ok) throw new Error('no Socket Mode client connected');
    },
    deliver: (target, kind, payload) =>
      ask(
        target.mode === 'http'
          ? { type: 'http', url: target.url, signingSecret: target.signingSecret, kind, payload }
          : { type: 'socket', kind, payload },
      ),
    async close() {
      await ask({ type: 'close' });
      await worker.terminate();
    },
  };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
