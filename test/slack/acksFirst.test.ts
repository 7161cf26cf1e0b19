import type { ReceiverEvent } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { acksFirst } from '../../src/slack/acksFirst.ts';

/** A stand-in for Bolt's App whose one listener acks, then does its follow-up work; both are recorded. */
function appWithListener(happened: string[]) {
  const app = {
    async processEvent({ ack, body }: ReceiverEvent): Promise<void> {
      await ack();
      happened.push(`follow-up ${body.name}`);
    },
  };
  const deliver = (name: string) =>
    app.processEvent({ body: { name }, ack: async () => void happened.push(`ack ${name}`) });
  return { app, deliver };
}

describe('acksFirst', () => {
  it('when a second request arrives while the first is being answered, then both are acked before either follows up', async () => {
    const happened: string[] = [];
    const { app, deliver } = appWithListener(happened);
    acksFirst(app);

    const first = deliver('first');
    const second = new Promise((resolve) => setImmediate(() => resolve(deliver('second'))));
    await Promise.all([first, second]);

    expect(happened).toEqual(['ack first', 'ack second', 'follow-up first', 'follow-up second']);
  });

  it('when nothing else arrives, then the follow-up still runs, after its own ack', async () => {
    const happened: string[] = [];
    const { app, deliver } = appWithListener(happened);
    acksFirst(app);

    await deliver('only');

    expect(happened).toEqual(['ack only', 'follow-up only']);
  });
});
