/**
 * The run of show as a decider: decide(state, command, now) says what happens (or why not), evolve(state, event)
 * applies it. Time is data: every command carries `now`, so the rules are tested without a clock.
 */

export const WARNING_BEFORE_MS = 60_000;
export const MIN_EXTENSION_MS = 1_000;
export const MAX_EXTENSION_MS = 30 * 60_000;
/** MIN_EXTENSION_MS to MAX_EXTENSION_MS, in words. */
export const EXTENSION_RANGE = '1 second to 30 minutes';
/** Skip is for a presenter who isn't there: after this long on stage (paused time aside), a demo counts as presented. */
export const SKIP_WITHIN_MS = 60_000;

/** One demo on the programme: its id, and how long it may run. */
export type Slot = { demoId: string; limitMs: number };

/** What happened to a demo once it is done. */
export type Presented = { demoId: string; ranMs: number; limitMs: number; gonged: boolean; skipped: boolean };

export type Live = {
  status: 'running' | 'paused';
  programme: Slot[];
  /** Index in `programme` of the demo on stage. */
  current: number;
  startedAt: number;
  /** Paused time of the current demo so far (not counting an ongoing pause). */
  pausedMs: number;
  pausedAt: number | null;
  /** Time added to the current demo's limit. */
  extendedMs: number;
  gonged: boolean;
  presented: Presented[];
  showStartedAt: number;
};

export type Show =
  | { status: 'not-started' }
  | Live
  | { status: 'ended'; presented: Presented[]; showStartedAt: number; endedAt: number };

/** Whether the show is on: running, or paused. */
export const isOn = (show: Show | undefined): show is Live => show?.status === 'running' || show?.status === 'paused';

/**
 * Next and Skip may name the demo they move on `from` (a button does, the one on stage when it was drawn): then they
 * act only while it is still on stage, so a double click moves on once.
 */
export type Command =
  | { type: 'start'; programme: Slot[] }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend'; ms: number }
  | { type: 'next' | 'skip'; from?: string }
  | { type: 'gong' }
  | { type: 'end' };

/** A control as people give it: like a command, but `start` takes the programme from the line-up. */
export type Control =
  | { type: 'start' }
  | { type: 'extend'; ms: number }
  | { type: 'next' | 'skip'; from?: string }
  | { type: 'pause' | 'resume' | 'gong' | 'end' };

export type Event =
  | { type: 'started'; programme: Slot[]; at: number }
  | { type: 'paused'; at: number }
  | { type: 'resumed'; at: number }
  | { type: 'extended'; ms: number }
  | { type: 'advanced'; at: number; skipped: boolean }
  | { type: 'gonged' }
  | { type: 'ended'; at: number };

export type Decision = { events: Event[] } | { refused: string };

const refuse = (refused: string): Decision => ({ refused });

export function decide(show: Show, command: Command, now: number): Decision {
  if (command.type === 'start') {
    if (show.status === 'ended') return refuse('The show is over: it has ended and cannot start again.');
    if (show.status !== 'not-started') return refuse('The show has already started.');
    if (command.programme.length === 0) return refuse('There are no demos in the line-up yet.');
    return { events: [{ type: 'started', programme: command.programme, at: now }] };
  }
  if (show.status === 'not-started') return refuse('The show has not started yet: start it first.');
  if (show.status === 'ended') return refuse('The show is over.');
  if ('from' in command && command.from !== undefined && show.programme[show.current]?.demoId !== command.from)
    return refuse('That demo is no longer on stage: the show has moved on already.');
  switch (command.type) {
    case 'pause':
      return show.status === 'paused'
        ? refuse('The timer is already paused.')
        : { events: [{ type: 'paused', at: now }] };
    case 'resume':
      return show.status === 'running'
        ? refuse('The timer is already running.')
        : { events: [{ type: 'resumed', at: now }] };
    case 'extend':
      if (!(command.ms >= MIN_EXTENSION_MS && command.ms <= MAX_EXTENSION_MS))
        return refuse(`Extend by ${EXTENSION_RANGE}, e.g. \`extend 1m\`.`);
      return { events: [{ type: 'extended', ms: command.ms }] };
    case 'gong':
      if (show.gonged) return refuse('The gong has already rung for this demo.');
      return show.status === 'paused'
        ? refuse('The timer is paused: resume it first, then ring the gong.')
        : { events: [{ type: 'gonged' }] };
    case 'next':
      return show.current === show.programme.length - 1
        ? refuse('This is the last demo: end the show instead.')
        : { events: [{ type: 'advanced', at: now, skipped: false }] };
    case 'skip':
      if (show.current === show.programme.length - 1)
        return refuse('This is the last demo: there is nobody to skip ahead to.');
      return canSkip(show, now)
        ? { events: [{ type: 'advanced', at: now, skipped: true }] }
        : refuse(
            `This demo has been on stage${show.gonged ? ' and the gong has rung' : ' for over a minute'}, so it counts as presented: use *Next* to move on. *Skip (not here)* is for a presenter who isn't there, within the first minute of their demo.`,
          );
    case 'end':
      return { events: [{ type: 'ended', at: now }] };
  }
}

export function evolve(show: Show, event: Event): Show {
  switch (event.type) {
    case 'started':
      return {
        status: 'running',
        programme: event.programme,
        current: 0,
        startedAt: event.at,
        pausedMs: 0,
        pausedAt: null,
        extendedMs: 0,
        gonged: false,
        presented: [],
        showStartedAt: event.at,
      };
    case 'ended':
      return isOn(show)
        ? {
            status: 'ended',
            presented: [...show.presented, done(show, event.at, false)],
            showStartedAt: show.showStartedAt,
            endedAt: event.at,
          }
        : show;
  }
  if (!isOn(show)) return show;
  switch (event.type) {
    case 'paused':
      return { ...show, status: 'paused', pausedAt: event.at };
    case 'resumed':
      return {
        ...show,
        status: 'running',
        pausedAt: null,
        pausedMs: show.pausedMs + (event.at - (show.pausedAt ?? event.at)),
      };
    case 'extended':
      return { ...show, extendedMs: show.extendedMs + event.ms };
    case 'gonged':
      return { ...show, gonged: true };
    case 'advanced': {
      const current = show.programme[show.current] as Slot;
      // A skipped presenter goes to the end of the programme, to present when they are back.
      const programme = event.skipped
        ? [...show.programme.filter((_, index) => index !== show.current), current]
        : show.programme;
      return {
        ...show,
        status: 'running',
        programme,
        current: event.skipped ? show.current : show.current + 1,
        startedAt: event.at,
        pausedMs: 0,
        pausedAt: null,
        extendedMs: 0,
        gonged: false,
        presented: event.skipped ? show.presented : [...show.presented, done(show, event.at, false)],
      };
    }
  }
}

/**
 * The show once its line-up changes while it is on: a withdrawn demo still to come leaves the programme, a resized
 * one still to come gets its new length (on stage or presented, either stays as it is); demos that entered the
 * line-up (signed up, or moved up from the waitlist) join at the end.
 */
export function afterLineupChange(
  show: Show,
  change: { withdrawnId?: string; joining: readonly Slot[]; resized?: Slot },
): Show {
  if (!isOn(show)) return show;
  const { withdrawnId, joining, resized } = change;
  const upcoming = (slot: Slot): Slot[] => {
    if (slot.demoId === withdrawnId) return [];
    return [slot.demoId === resized?.demoId ? resized : slot];
  };
  const programme = show.programme.flatMap((slot, at) => (at <= show.current ? [slot] : upcoming(slot)));
  const same =
    joining.length === 0 &&
    programme.length === show.programme.length &&
    programme.every((slot, at) => slot.limitMs === show.programme[at]?.limitMs);
  return same ? show : { ...show, programme: [...programme, ...joining] };
}

function done(show: Live, at: number, skipped: boolean): Presented {
  const slot = show.programme[show.current] as Slot;
  return { demoId: slot.demoId, ranMs: elapsed(show, at), limitMs: limit(show), gonged: show.gonged, skipped };
}

/** Whether the demo on stage may still be skipped as absent: within its first minute, and before any gong. */
export function canSkip(show: Live, now: number): boolean {
  return !show.gonged && elapsed(show, now) <= SKIP_WITHIN_MS;
}

/** Time the current demo has run, paused time not counted. */
export function elapsed(show: Live, now: number): number {
  const pausing = show.pausedAt === null ? 0 : now - show.pausedAt;
  return now - show.startedAt - show.pausedMs - pausing;
}

export function limit(show: Live): number {
  return (show.programme[show.current]?.limitMs ?? 0) + show.extendedMs;
}

/** Time left (negative: the overrun). */
export function remaining(show: Live, now: number): number {
  return limit(show) - elapsed(show, now);
}

/**
 * When the warning and the gong fall due, while the timer runs; null when paused or past, and both once the gong has
 * rung (a presenter told to wrap up is not then told they have a minute left).
 */
export function dueTimes(show: Show, now: number): { warningAt: number | null; gongAt: number | null } {
  if (show.status !== 'running') return { warningAt: null, gongAt: null };
  const left = remaining(show, now);
  return {
    warningAt: !show.gonged && left > WARNING_BEFORE_MS ? now + left - WARNING_BEFORE_MS : null,
    gongAt: show.gonged ? null : now + left,
  };
}

/** Applies a command: the new state and what happened, or why it was refused (the state unchanged). */
export function apply(
  show: Show,
  command: Command,
  now: number,
): { show: Show; events: Event[] } | { refused: string } {
  const decision = decide(show, command, now);
  if ('refused' in decision) return decision;
  return { show: decision.events.reduce(evolve, show), events: decision.events };
}
