export type StoredMessage = Record<string, unknown> & { ts: string };

// Fixed start so tests are deterministic; each message moves 100 µs on, as in '1700000000.000100'.
const FIRST_TS_MICROS = 1_700_000_000_000_100;

/** The messages chat.postMessage created, per channel, so conversations.history can return them. */
export class MessageStore {
  private readonly byChannel = new Map<string, StoredMessage[]>();
  private nextMicros = FIRST_TS_MICROS;

  nextTs(): string {
    const micros = this.nextMicros;
    this.nextMicros += 100;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  add(channel: string, message: StoredMessage): void {
    this.byChannel.set(channel, [...this.messagesIn(channel), message]);
  }

  update(channel: string, ts: string, changes: Record<string, unknown>): void {
    const message = this.messagesIn(channel).find((candidate) => candidate.ts === ts);
    if (message) Object.assign(message, changes);
  }

  remove(channel: string, ts: string): void {
    this.byChannel.set(
      channel,
      this.messagesIn(channel).filter((message) => message.ts !== ts),
    );
  }

  /** Newest first, like conversations.history. */
  history(channel: string, limit: number): StoredMessage[] {
    return this.messagesIn(channel).toReversed().slice(0, limit);
  }

  clear(): void {
    this.byChannel.clear();
  }

  private messagesIn(channel: string): StoredMessage[] {
    return this.byChannel.get(channel) ?? [];
  }
}
