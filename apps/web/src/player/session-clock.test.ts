import { describe, expect, it } from "vitest";
import {
  activeSecondsAt,
  finishClock,
  idleClock,
  pauseClock,
  resumeClock,
  sessionSecondsAt,
  skipClockTo,
  startClock,
} from "./session-clock.ts";

describe("session clock", () => {
  it("counts from the start on the audio clock", () => {
    const clock = startClock(12);
    expect(sessionSecondsAt(clock, 72)).toBe(60);
    expect(sessionSecondsAt(idleClock, 100)).toBe(0);
  });

  it("freezes while paused and shifts the origin on resume", () => {
    const paused = pauseClock(startClock(10), 70);
    expect(paused.state).toBe("paused");
    expect(sessionSecondsAt(paused, 500)).toBe(60);
    const resumed = resumeClock(paused, 500);
    expect(resumed.originAudioTime).toBe(440);
    expect(sessionSecondsAt(resumed, 530)).toBe(90);
    expect(activeSecondsAt(resumed, 530)).toBe(90);
  });

  it("ignores a pause when not running and a resume when not paused", () => {
    const running = startClock(0);
    expect(resumeClock(running, 5)).toBe(running);
    expect(pauseClock(idleClock, 5)).toBe(idleClock);
  });

  it("skips forward without counting the skipped time as spent", () => {
    const skipped = skipClockTo(startClock(0), 20, 60);
    expect(sessionSecondsAt(skipped, 20)).toBe(60);
    expect(activeSecondsAt(skipped, 30)).toBe(30);
    expect(skipClockTo(skipped, 30, 10)).toBe(skipped);
  });

  it("skips while paused and stays paused", () => {
    const paused = pauseClock(startClock(0), 15);
    const skipped = skipClockTo(paused, 99, 60);
    expect(skipped.state).toBe("paused");
    expect(sessionSecondsAt(skipped, 1000)).toBe(60);
    expect(skipped.skippedSeconds).toBe(45);
  });

  it("finishes at the session's end at most", () => {
    const finished = finishClock(startClock(0), 1500, 1440);
    expect(finished.state).toBe("finished");
    expect(sessionSecondsAt(finished, 9999)).toBe(1440);
    expect(sessionSecondsAt(finishClock(startClock(0), 300, 1440), 9999)).toBe(300);
  });
});
