/**
 * Slack's delivery side, on a thread of its own: it sends the app signed requests (HTTP mode) or envelopes (Socket
 * Mode) and times each ack. Apart from the fake Web API, which the app's own calls keep busy in a burst (Slack's
 * are other machines), so that serving them does not delay reading the acks.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort } from 'node:worker_threads';
import { postToApp } from '../../test/support/fakeSlack/signedRequest.ts';
import { attachSocketMode } from '../../test/support/fakeSlack/socketMode.ts';
import type { DeliveryAnswer, DeliveryRequest } from './delivery.ts';

const ENVELOPES = { command: 'slash_commands', interactive: 'interactive', event: 'events_api' } as const;
/** Longer than Slack's 3 s, so a slow ack is measured rather than lost. */
const ACK_TIMEOUT_MS = 30_000;

const port = parentPort;
if (!port) throw new Error('deliveryWorker.ts runs as a worker thread');

const server = createServer((_request, response) => response.writeHead(404).end());
const socketMode = attachSocketMode(server);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port: listening } = server.address() as AddressInfo;

async function carryOut(request: DeliveryRequest): Promise<Omit<DeliveryAnswer, 'id'>> {
  switch (request.type) {
    case 'socket-connected':
      await socketMode.socketConnected(ACK_TIMEOUT_MS);
      return { ok: true, ms: 0 };
    case 'http': {
      const { status, ms, body } = await postToApp(request.url, request.signingSecret, request.kind, request.payload);
      return { ok: status === 200, ms, body };
    }
    case 'socket': {
      const { ackedInMs, payload } = await socketMode.sendEnvelope(ENVELOPES[request.kind], request.payload, {
        timeoutMs: ACK_TIMEOUT_MS,
      });
      return { ok: true, ms: ackedInMs, body: payload };
    }
    case 'close':
      await socketMode.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      return { ok: true, ms: 0 };
  }
}

port.on('message', (request: DeliveryRequest) => {
  carryOut(request).then(
    (answer) => port.postMessage({ id: request.id, ...answer } satisfies DeliveryAnswer),
    () => port.postMessage({ id: request.id, ok: false, ms: Number.NaN } satisfies DeliveryAnswer),
  );
});
port.postMessage({ socketUrl: `ws://127.0.0.1:${listening}${socketMode.path}` });
