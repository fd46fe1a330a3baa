import type { Cue } from "./cue-schedule.ts";

/**
 * The "two clocks" scheduler (Chris Wilson, "A Tale of Two Clocks"): a coarse JavaScript timer wakes
 * every ~25 ms and hands every cue falling in the next lookahead window to the audio clock, which
 * plays it sample-accurately. Timers jitter and stall; the audio clock does not, so beeps land on time
 * even when the main thread is busy. The browser calls (oscillators, speech) live in session-engine.ts.
 */

export interface ScheduledCue {
  cue: Cue;
  /** When it should sound, on the AudioContext clock (seconds). */
  audioTime: number;
}

/** Index of the first cue whose audio time is at or after `audioTime` (schedule sorted by time). */
function lowerBound(schedule: readonly Cue[], audioTime: number, sessionStartAudioTime: number): number {
  let low = 0;
  let high = schedule.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const cue = schedule[middle];
    if (cue && sessionStartAudioTime + cue.atSeconds < audioTime) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The cues to hand to the audio clock for the window fromSeconds <= t < toSeconds, both on the audio
 * clock. Half-open, so consecutive windows [a, b), [b, c) give every cue exactly once.
 */
export function cuesInWindow(
  schedule: readonly Cue[],
  fromSeconds: number,
  toSeconds: number,
  sessionStartAudioTime: number,
): ScheduledCue[] {
  const found: ScheduledCue[] = [];
  for (let index = lowerBound(schedule, fromSeconds, sessionStartAudioTime); index < schedule.length; index += 1) {
    const cue = schedule[index];
    if (!cue) break;
    const audioTime = sessionStartAudioTime + cue.atSeconds;
    if (audioTime >= toSeconds) break;
    found.push({ cue, audioTime });
  }
  return found;
}

export interface LookaheadSchedulerOptions {
  /** The audio clock (an AudioContext, or anything with currentTime in seconds). */
  clock: { readonly currentTime: number };
  /** Every cue for an audio-time window, given where session time 0 sits on the audio clock. */
  collect: (fromAudioTime: number, toAudioTime: number, sessionStartAudioTime: number) => ScheduledCue[];
  onCue: (scheduled: ScheduledCue) => void;
  /** How far ahead to schedule; larger when the page is hidden and timers are throttled. */
  lookaheadSeconds: () => number;
  /** A cue later than this (a stalled tab) is dropped rather than played out of place. */
  maxLateSeconds?: number;
  intervalMs?: number;
  timers?: { setInterval: (callback: () => void, ms: number) => number; clearInterval: (id: number) => void };
}

export interface LookaheadScheduler {
  /** Starts (or restarts after pause/skip) with session time 0 at `sessionStartAudioTime`. */
  start(sessionStartAudioTime: number, fromAudioTime: number): void;
  stop(): void;
  /** One wake-up of the timer; exposed so tests can drive the scheduler without real time. */
  tick(): void;
}

export function createLookaheadScheduler(options: LookaheadSchedulerOptions): LookaheadScheduler {
  const intervalMs = options.intervalMs ?? 25;
  const maxLateSeconds = options.maxLateSeconds ?? 1.5;
  const timers = options.timers ?? {
    setInterval: (callback: () => void, ms: number) => window.setInterval(callback, ms),
    clearInterval: (id: number) => window.clearInterval(id),
  };
  let timerId: number | null = null;
  let sessionStartAudioTime = 0;
  let nextFromAudioTime = 0;

  function tick(): void {
    const now = options.clock.currentTime;
    const toAudioTime = now + options.lookaheadSeconds();
    if (toAudioTime <= nextFromAudioTime) return;
    for (const scheduled of options.collect(nextFromAudioTime, toAudioTime, sessionStartAudioTime)) {
      if (scheduled.audioTime < now - maxLateSeconds) continue;
      options.onCue(scheduled.audioTime < now ? { ...scheduled, audioTime: now } : scheduled);
    }
    nextFromAudioTime = toAudioTime;
  }

  return {
    start(startAudioTime, fromAudioTime) {
      this.stop();
      sessionStartAudioTime = startAudioTime;
      nextFromAudioTime = fromAudioTime;
      tick();
      timerId = timers.setInterval(tick, intervalMs);
    },
    stop() {
      if (timerId !== null) timers.clearInterval(timerId);
      timerId = null;
    },
    tick,
  };
}
