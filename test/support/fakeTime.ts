import type { Clock } from '../../src/ports.ts';
import type { Timers } from '../../src/scheduler/scheduler.ts';

type Timer = { at: number; callback: () => void };

/** A clock and timers that move only when a test says so. */
export class FakeTime implements Clock, Timers {
  private current: number;
  private readonly timers = new Set<Timer>();

  constructor(start = Date.parse('2026-12-11T13:00:00Z')) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): () => void {
    const timer = { at: this.current + delayMs, callback };
    this.timers.add(timer);
    return () => this.timers.delete(timer);
  }

  /** How far away the earliest pending timer is. */
  untilNextTimer(): number {
    const earliest = Math.min(...[...this.timers].map((timer) => timer.at));
    if (!Number.isFinite(earliest)) throw new Error('no timer is pending');
    return earliest - this.current;
  }

  /** Moves time forward, firing every timer that falls due, earliest first. */
  advance(ms: number): void {
    this.current += ms;
    const due = [...this.timers].filter((timer) => timer.at <= this.current).sort((a, b) => a.at - b.at);
    for (const timer of due) {
      this.timers.delete(timer);
      timer.callback();
    }
  }
}
