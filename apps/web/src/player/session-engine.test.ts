import type { ReturnWeek } from "@backstride/domain";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createSessionEngine } from "./session-engine.ts";
import { buildWalkRunPlan } from "./session-plan.ts";

/**
 * The browser glue against fakes: a hand-driven audio clock and fake timers, so the test decides
 * when time passes. It checks what is spoken and beeped, not how long anything took.
 */

const week1: ReturnWeek = {
  week: 1,
  runSeconds: 60,
  walkSeconds: 180,
  rounds: 6,
  sessionsPerWeek: 3,
  prep: { id: "p", title: "Prep", detail: "", timing: "during" },
  sources: [],
};

function fakeAudioParam() {
  return { setValueAtTime: vi.fn(), linearRampToValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() };
}

class FakeAudioContext {
  static instance: FakeAudioContext | null = null;
  currentTime = 0;
  sampleRate = 8000;
  destination = {};
  startedTones: { frequencyHz: number; at: number; stopped: boolean }[] = [];
  constructor() {
    FakeAudioContext.instance = this;
  }
  createOscillator() {
    const tone = { frequencyHz: 0, at: 0, stopped: false };
    const frequency = fakeAudioParam();
    frequency.setValueAtTime.mockImplementation((hz: number) => {
      tone.frequencyHz = hz;
    });
    return {
      type: "sine",
      frequency,
      onended: null,
      connect: (node: unknown) => node,
      start: (at: number) => {
        tone.at = at;
        this.startedTones.push(tone);
      },
      stop: (at?: number) => {
        if (at === undefined) tone.stopped = true;
      },
    };
  }
  createGain() {
    return { gain: fakeAudioParam(), connect: (node: unknown) => node, disconnect: vi.fn() };
  }
  createBuffer(_channels: number, length: number) {
    return { getChannelData: () => new Float32Array(length) };
  }
  createBufferSource() {
    return { buffer: null, loop: false, connect: vi.fn(), start: vi.fn(), stop: vi.fn(), disconnect: vi.fn() };
  }
  resume() {
    return Promise.resolve();
  }
  close() {
    return Promise.resolve();
  }
}

const spoken: string[] = [];
const vibrations: number[][] = [];

beforeEach(() => {
  vi.useFakeTimers();
  spoken.length = 0;
  vibrations.length = 0;
  vi.stubGlobal("window", globalThis);
  vi.stubGlobal("AudioContext", FakeAudioContext);
  vi.stubGlobal("speechSynthesis", { speak: (u: { text: string }) => spoken.push(u.text), cancel: vi.fn() });
  vi.stubGlobal(
    "SpeechSynthesisUtterance",
    class {
      lang = "";
      rate = 1;
      constructor(public text: string) {}
    },
  );
  vi.stubGlobal("navigator", { vibrate: (pattern: number[]) => vibrations.push(pattern) });
  vi.stubGlobal("document", {
    hidden: false,
    visibilityState: "visible",
    documentElement: { lang: "en" },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Moves the audio clock and lets the scheduler's timer and the speech timeouts run. */
function advance(toAudioSeconds: number): void {
  const context = FakeAudioContext.instance;
  if (!context) throw new Error("no audio context");
  while (context.currentTime < toAudioSeconds) {
    context.currentTime = Math.min(toAudioSeconds, context.currentTime + 0.025);
    vi.advanceTimersByTime(25);
  }
  vi.advanceTimersByTime(200);
}

describe("session engine", () => {
  const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1 });

  it("speaks cues that share a time as one sentence, beeps and vibrates at phase changes", () => {
    const engine = createSessionEngine(plan, { voiceOn: true, metronomeBpm: null });
    engine.start();
    advance(0.1);
    expect(spoken).toEqual(["Round 1 of 6. Run, 1 minute. Easy pace, short quick steps."]);
    expect(vibrations).toHaveLength(1);
    advance(60.1);
    expect(spoken.at(-1)).toBe("Run done. Walk, 3 minutes.");
    const countdownTones = FakeAudioContext.instance?.startedTones.filter((tone) => tone.frequencyHz === 660);
    expect(countdownTones?.map((tone) => tone.at)).toEqual([57, 58, 59]);
    engine.dispose();
  });

  it("stays silent with the voice off but still beeps", () => {
    const engine = createSessionEngine(plan, { voiceOn: false, metronomeBpm: null });
    engine.start();
    advance(1);
    expect(spoken).toEqual([]);
    expect(FakeAudioContext.instance?.startedTones.some((tone) => tone.frequencyHz === 880)).toBe(true);
    engine.dispose();
  });

  it("freezes on pause, cancels what was queued, and picks up where it stopped", () => {
    const engine = createSessionEngine(plan, { voiceOn: true, metronomeBpm: null });
    engine.start();
    advance(56.95);
    engine.pause();
    expect(engine.snapshot().state).toBe("paused");
    advance(100);
    expect(engine.snapshot().sessionSeconds).toBeCloseTo(56.95, 6);
    expect(FakeAudioContext.instance?.startedTones.filter((tone) => tone.frequencyHz === 660 && !tone.stopped)).toEqual(
      [],
    );
    engine.resume();
    advance(100 + 3.2);
    const countdown = FakeAudioContext.instance?.startedTones.filter(
      (tone) => tone.frequencyHz === 660 && !tone.stopped,
    );
    expect(countdown?.map((tone) => tone.at - 100 + 56.95)).toEqual([57, 58, 59].map((at) => expect.closeTo(at, 6)));
    expect(engine.snapshot().phaseIndex).toBe(1);
    engine.dispose();
  });

  it("skips to the next phase without counting the skipped time", () => {
    const engine = createSessionEngine(plan, { voiceOn: true, metronomeBpm: null });
    engine.start();
    advance(10);
    engine.skipPhase();
    const snapshot = engine.snapshot();
    expect(snapshot.phaseIndex).toBe(1);
    expect(snapshot.sessionSeconds).toBeCloseTo(60, 6);
    expect(snapshot.activeSeconds).toBeCloseTo(10, 6);
    expect(snapshot.skippedPhases.has(0)).toBe(true);
    engine.dispose();
  });

  it("ticks the metronome only while running", () => {
    const engine = createSessionEngine(plan, { voiceOn: false, metronomeBpm: 180 });
    engine.start();
    advance(62);
    const ticks = FakeAudioContext.instance?.startedTones.filter((tone) => tone.frequencyHz === 1568) ?? [];
    expect(ticks).toHaveLength(180);
    expect(ticks.at(-1)?.at).toBe((179 * 60) / 180);
    engine.dispose();
  });

  it("finishes by itself at the end of the session", () => {
    const engine = createSessionEngine(plan, { voiceOn: true, metronomeBpm: null });
    engine.start();
    advance(plan.totalSeconds + 0.5);
    expect(engine.snapshot().state).toBe("finished");
    expect(engine.snapshot().sessionSeconds).toBe(plan.totalSeconds);
    expect(spoken.at(-1)).toBe("Session complete. Well done.");
    engine.dispose();
  });
});
