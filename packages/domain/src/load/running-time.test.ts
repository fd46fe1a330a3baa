import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { runningSecondsOf, weeklyRunningSeconds, weeklyTimeCapSeconds } from "./running-time.ts";

describe("running time where distance is unknown (article: max 10% weekly)", () => {
  const l = eventLog();

  it("counts only the run intervals of a walk/run, and a run's moving time", () => {
    // Week 3: 4 min run × 6 rounds = 24 min of running.
    const walkRun = l.walkRun("2026-03-16", 1, {
      returnWeek: 3,
      roundsPlanned: 6,
      roundsCompleted: 6,
      durationSeconds: 1800,
    });
    expect(runningSecondsOf(walkRun, defaultProtocol)).toBe(24 * 60);
    expect(
      runningSecondsOf(l.run("2026-03-16", 0, { durationSeconds: 1500, movingSeconds: 1400 }), defaultProtocol),
    ).toBe(1400);
  });

  it("sums one ISO week and caps the next at 110% of it", () => {
    const events = ["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"].map((day) =>
      l.walkRun(day, 1, { returnWeek: 3, roundsPlanned: 6, roundsCompleted: 6, durationSeconds: 1800 }),
    );
    const last = weeklyRunningSeconds({ events, date: "2026-03-22", protocol: defaultProtocol });
    expect(last).toBe(96 * 60);
    expect(weeklyTimeCapSeconds({ lastWeekRunningSeconds: last, rules: defaultProtocol.load })).toBe(6336);
    expect(weeklyTimeCapSeconds({ lastWeekRunningSeconds: 0, rules: defaultProtocol.load })).toBeNull();
    expect(weeklyTimeCapSeconds({ lastWeekRunningSeconds: last, rules: defaultProtocol.load, hold: true })).toBe(last);
  });
});
