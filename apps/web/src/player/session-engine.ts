import { type AudioCuePlayer, createAudioCuePlayer } from "./audio-cues.ts";
import { buildCueSchedule, runMetronomeCues } from "./cue-schedule.ts";
import { createWakeLock, speak, stopSpeaking, vibrate } from "./device-cues.ts";
import { createLookaheadScheduler, cuesInWindow, type ScheduledCue } from "./lookahead-scheduler.ts";
import {
  activeSecondsAt,
  finishClock,
  idleClock,
  pauseClock,
  resumeClock,
  type SessionClock,
  sessionSecondsAt,
  skipClockTo,
  startClock,
} from "./session-clock.ts";
import { phaseIndexAt, type SessionPlan } from "./session-plan.ts";

/**
 * Runs one session in the browser: the audio clock, the lookahead scheduler, beeps, voice, vibration,
 * the wake lock and the keep-alive. The React screen reads `snapshot()` to draw; it never times cues.
 */

export interface SessionSettings {
  voiceOn: boolean;
  /** Steps per minute while running, or null for no metronome. */
  metronomeBpm: number | null;
}

export interface SessionSnapshot {
  state: SessionClock["state"];
  sessionSeconds: number;
  activeSeconds: number;
  phaseIndex: number;
  /** Indices of phases the runner skipped (not counted as done). */
  skippedPhases: ReadonlySet<number>;
}

/** Scheduling window while visible (classic value), and while hidden, when timers wake once a second or
 * less: long enough that beeps already sit on the audio clock before the timer can run again. */
const visibleLookaheadSeconds = 0.1;
const hiddenLookaheadSeconds = 70;

function createClockSource(): { context: AudioContext | null; now: () => number } {
  const AudioContextClass =
    typeof window === "undefined"
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext);
  if (AudioContextClass) {
    const context = new AudioContextClass({ latencyHint: "interactive" });
    return { context, now: () => context.currentTime };
  }
  // No Web Audio: fall back to the page clock; cues still speak and vibrate, without beeps.
  return { context: null, now: () => performance.now() / 1000 };
}

export function createSessionEngine(plan: SessionPlan, initialSettings: SessionSettings) {
  const schedule = buildCueSchedule(plan);
  let settings = initialSettings;
  let clock: SessionClock = idleClock;
  const skippedPhases = new Set<number>();
  let source: ReturnType<typeof createClockSource> | null = null;
  let audio: AudioCuePlayer | null = null;
  const wakeLock = createWakeLock();
  let deviceTimeouts: number[] = [];
  /** Speech grouped by audio time, so cues at one instant become one sentence. */
  const speechAt = new Map<number, string[]>();

  const audioNow = () => source?.now() ?? 0;

  function collect(fromAudioTime: number, toAudioTime: number, origin: number): ScheduledCue[] {
    const found = cuesInWindow(schedule, fromAudioTime, toAudioTime, origin);
    if (settings.metronomeBpm) {
      const ticks = runMetronomeCues(plan, settings.metronomeBpm, fromAudioTime - origin, toAudioTime - origin);
      for (const tick of ticks) found.push({ cue: tick, audioTime: origin + tick.atSeconds });
    }
    return found;
  }

  function runAt(audioTime: number, action: () => void): void {
    const delayMs = Math.max(0, (audioTime - audioNow()) * 1000);
    deviceTimeouts.push(window.setTimeout(action, delayMs));
  }

  function onCue({ cue, audioTime }: ScheduledCue): void {
    audio?.play(cue, plan.phases[cue.phaseIndex]?.kind, audioTime);
    if (cue.kind === "phase-start") runAt(audioTime, () => vibrate([250, 120, 250]));
    if (cue.kind === "finish") {
      runAt(audioTime, () => {
        vibrate([600]);
        finish();
      });
    }
    if (!settings.voiceOn || !cue.label || cue.kind === "countdown" || cue.kind === "metronome-tick") return;
    const existing = speechAt.get(audioTime);
    if (existing) {
      existing.push(cue.label);
      return;
    }
    const parts = [cue.label];
    speechAt.set(audioTime, parts);
    runAt(audioTime, () => {
      speechAt.delete(audioTime);
      speak(parts.join(" "));
    });
  }

  const scheduler = createLookaheadScheduler({
    clock: {
      get currentTime() {
        return audioNow();
      },
    },
    collect,
    onCue,
    lookaheadSeconds: () => (document.hidden ? hiddenLookaheadSeconds : visibleLookaheadSeconds),
  });

  function cancelPending(): void {
    scheduler.stop();
    audio?.cancelPending();
    for (const id of deviceTimeouts) window.clearTimeout(id);
    deviceTimeouts = [];
    speechAt.clear();
    stopSpeaking();
  }

  /** (Re)starts scheduling from the current session time, after any change of time or settings. */
  function scheduleFromNow(): void {
    cancelPending();
    if (clock.state !== "running") return;
    scheduler.start(clock.originAudioTime, clock.originAudioTime + sessionSecondsAt(clock, audioNow()));
  }

  function finish(): void {
    if (clock.state === "finished") return;
    clock = finishClock(clock, audioNow(), plan.totalSeconds);
    scheduler.stop();
    wakeLock.release();
    // Let the finish tones ring out before the keep-alive goes.
    window.setTimeout(() => audio?.stopKeepAlive(), 1500);
  }

  return {
    schedule,
    /** Must be called from a tap: browsers only start audio after a user gesture. */
    start(): void {
      if (clock.state !== "idle") return;
      source = createClockSource();
      if (source.context) {
        audio = createAudioCuePlayer(source.context);
        void source.context.resume();
        audio.startKeepAlive();
      }
      wakeLock.acquire();
      clock = startClock(audioNow());
      scheduleFromNow();
    },
    pause(): void {
      clock = pauseClock(clock, audioNow());
      cancelPending();
    },
    resume(): void {
      void source?.context?.resume();
      clock = resumeClock(clock, audioNow());
      scheduleFromNow();
    },
    /** Jumps to the start of the next phase (or the end); what was skipped is not counted as done. */
    skipPhase(): void {
      if (clock.state !== "running" && clock.state !== "paused") return;
      const nowSeconds = sessionSecondsAt(clock, audioNow());
      const index = phaseIndexAt(plan, nowSeconds);
      skippedPhases.add(index);
      const next = plan.phases[index + 1];
      if (!next) {
        clock = skipClockTo(clock, audioNow(), plan.totalSeconds);
        cancelPending();
        finish();
        return;
      }
      clock = skipClockTo(clock, audioNow(), next.startSeconds);
      scheduleFromNow();
    },
    /** Ends now (the pain stop or "End session"). */
    end(): void {
      cancelPending();
      finish();
    },
    updateSettings(next: SessionSettings): void {
      settings = next;
      if (clock.state === "running") scheduleFromNow();
    },
    /** Says something right away (pain noted, stop instructions), when the voice is on. */
    say(text: string): void {
      if (settings.voiceOn) speak(text);
    },
    snapshot(): SessionSnapshot {
      const now = audioNow();
      const sessionSeconds = Math.min(sessionSecondsAt(clock, now), plan.totalSeconds);
      return {
        state: clock.state,
        sessionSeconds,
        activeSeconds: Math.min(activeSecondsAt(clock, now), plan.totalSeconds),
        phaseIndex: phaseIndexAt(plan, sessionSeconds),
        skippedPhases,
      };
    },
    dispose(): void {
      cancelPending();
      wakeLock.release();
      audio?.stopKeepAlive();
      void source?.context?.close();
    },
  };
}

export type SessionEngine = ReturnType<typeof createSessionEngine>;
