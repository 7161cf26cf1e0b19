/**
 * At most one run per key per interval, and always one after the last request: bursts of changes to one message
 * become one chat.update a second, and the last one shows the final state (each run reads the state afresh).
 */
export function createCoalescer(intervalMs: number, onError: (error: unknown, key: string) => void) {
  type Slot = { running: boolean; pending: boolean; lastRunAt: number; timer?: NodeJS.Timeout };
  const slots = new Map<string, Slot>();

  async function run(key: string, slot: Slot, work: () => Promise<void>): Promise<void> {
    slot.running = true;
    slot.pending = false;
    slot.lastRunAt = Date.now();
    try {
      await work();
    } catch (error) {
      onError(error, key);
    } finally {
      slot.running = false;
      if (slot.pending) request(key, work);
    }
  }

  function request(key: string, work: () => Promise<void>): void {
    const slot = slots.get(key) ?? { running: false, pending: false, lastRunAt: Number.NEGATIVE_INFINITY };
    slots.set(key, slot);
    if (slot.running || slot.timer) {
      slot.pending = true;
      return;
    }
    const wait = slot.lastRunAt + intervalMs - Date.now();
    if (wait <= 0) {
      void run(key, slot, work);
      return;
    }
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      void run(key, slot, work);
    }, wait);
    slot.timer.unref();
  }

  return { request };
}
