import type { App, ReceiverEvent } from '@slack/bolt';

/**
 * Makes what a listener does after `ack()` wait its turn, one listener a turn of the event loop, so that requests
 * arriving meanwhile are read and acknowledged first. Without it, a burst of clicks spent its CPU on opening the
 * first clicks' forms while the later clicks waited for their acks, and Slack gives up on an ack after 3 s.
 * Bolt hands each middleware and listener a copy of the request's arguments, so `ack` is wrapped where the
 * receiver hands the request to the app.
 */
export function acksFirst(app: Pick<App, 'processEvent'>): void {
  const waiting: Array<() => void> = [];
  const runNext = (): void => {
    waiting.shift()?.();
    if (waiting.length > 0) setImmediate(runNext);
  };
  const yourTurn = (): Promise<void> =>
    new Promise((resolve) => {
      waiting.push(resolve);
      if (waiting.length === 1) setImmediate(runNext);
    });

  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) =>
    processEvent({
      ...event,
      ack: async (response) => {
        await event.ack(response);
        await yourTurn();
      },
    });
}
