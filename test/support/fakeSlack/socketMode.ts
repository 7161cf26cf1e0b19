import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';
import { parseJsonOrText } from './requestBody.ts';
import { APP_ID } from './workspace.ts';

export type EnvelopeType = 'slash_commands' | 'interactive' | 'events_api';

export type EnvelopeOptions = {
  retryAttempt?: number;
  retryReason?: string;
  timeoutMs?: number;
};

export type EnvelopeAck = { ackedInMs: number; payload: unknown };

export type SocketModeServer = {
  readonly path: string;
  socketConnected(timeoutMs?: number): Promise<void>;
  sendEnvelope(type: EnvelopeType, payload: unknown, options?: EnvelopeOptions): Promise<EnvelopeAck>;
  close(): Promise<void>;
};

type PendingAck = { sentAt: number; resolve: (ack: EnvelopeAck) => void; reject: (error: Error) => void };

/** Slack's Socket Mode side: greets each client, sends envelopes to the newest one and collects the acks. */
export function attachSocketMode(server: Server, path = '/socket'): SocketModeServer {
  // ws answers the client's pings with pongs by default (autoPong); @slack/socket-mode disconnects without them.
  const wss = new WebSocketServer({ server, path });
  const greeted = new Set<WebSocket>();
  const pendingAcks = new Map<string, PendingAck>();
  const connections = new EventEmitter();

  wss.on('connection', (socket) => {
    socket.on('close', () => greeted.delete(socket));
    socket.on('message', (data, isBinary) => {
      if (!isBinary) settleAck(String(data));
    });
    const hello = {
      type: 'hello',
      num_connections: wss.clients.size,
      connection_info: { app_id: APP_ID },
      debug_info: {},
    };
    socket.send(JSON.stringify(hello), (error) => {
      if (error) return;
      greeted.add(socket);
      connections.emit('hello');
    });
  });

  function settleAck(frame: string): void {
    const ack = parseJsonOrText(frame) as { envelope_id?: unknown; payload?: unknown } | null;
    const pending = typeof ack?.envelope_id === 'string' ? pendingAcks.get(ack.envelope_id) : undefined;
    pending?.resolve({ ackedInMs: performance.now() - pending.sentAt, payload: ack?.payload });
  }

  const openClient = () => [...greeted].findLast((socket) => socket.readyState === socket.OPEN);

  return {
    path,

    socketConnected(timeoutMs = 5000) {
      if (openClient()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const onHello = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          connections.off('hello', onHello);
          reject(new Error(`fake Slack: no Socket Mode client connected to ${path} within ${timeoutMs} ms`));
        }, timeoutMs);
        connections.once('hello', onHello);
      });
    },

    sendEnvelope(type, payload, { retryAttempt, retryReason, timeoutMs = 5000 } = {}) {
      const socket = openClient();
      if (!socket) {
        return Promise.reject(
          new Error(
            `fake Slack: cannot send a ${type} envelope, no Socket Mode client is connected (await socketConnected())`,
          ),
        );
      }
      const envelopeId = randomUUID();
      // Real events_api envelopes always carry the retry fields; the others only when retrying.
      const retry =
        type === 'events_api' || retryAttempt !== undefined
          ? { retry_attempt: retryAttempt ?? 0, retry_reason: retryReason ?? '' }
          : {};
      return new Promise((resolve, reject) => {
        const settle = () => {
          clearTimeout(timer);
          pendingAcks.delete(envelopeId);
        };
        const timer = setTimeout(() => {
          settle();
          reject(
            new Error(`fake Slack: the ${type} envelope ${envelopeId} was not acknowledged within ${timeoutMs} ms`),
          );
        }, timeoutMs);
        pendingAcks.set(envelopeId, {
          sentAt: performance.now(),
          resolve: (ack) => {
            settle();
            resolve(ack);
          },
          reject: (error) => {
            settle();
            reject(error);
          },
        });
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            ...retry,
          }),
        );
      });
    },

    close() {
      for (const [envelopeId, pending] of pendingAcks) {
        pending.reject(new Error(`fake Slack: closed while envelope ${envelopeId} awaited its ack`));
      }
      return Promise.all([...wss.clients].map(closeGracefully)).then(
        () => new Promise<void>((resolve) => wss.close(() => resolve())),
      );
    },
  };
}

// Bolt's app.stop() does not wait for the close handshake it starts; cutting the socket mid-handshake makes the client
// log a WebSocket error, so let the handshake finish and only force it after a grace period.
const CLOSE_GRACE_MS = 1000;

function closeGracefully(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.readyState === socket.CLOSED) {
      resolve();
      return;
    }
    const forced = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
    socket.once('close', () => {
      clearTimeout(forced);
      resolve();
    });
    if (socket.readyState === socket.OPEN) socket.close(1001, 'fake Slack is closing');
  });
}
