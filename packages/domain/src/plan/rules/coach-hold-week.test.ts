import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { coachHoldWeek } from "./coach-hold-week.ts";
import { asEvent, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("coach-hold-week", () => {
  it("holds the return week for 7 days from the day the coach set it", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(
      l.coach("2026-03-04", { kind: "hold-week", reason: "Busy week at work" }),
      "coach.adjustment",
    );
    const next = coachHoldWeek.apply(snapshot, event, env);
    expect(next.holdUntil).toBe("2026-03-11");
    expect(next.position).toBe(snapshot.position);
  });

  it("never shortens a hold already in force", () => {
    const l = eventLog();
    const snapshot = { ...onboardedSnapshot("2026-03-02"), holdUntil: "2026-03-20" };
    const event = asEvent(l.coach("2026-03-04", { kind: "hold-week", reason: "Again" }), "coach.adjustment");
    expect(coachHoldWeek.apply(snapshot, event, env).holdUntil).toBe("2026-03-20");
  });

  it("does not apply to other adjustments", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    for (const adjustment of [
      { kind: "note", text: "Nice work" },
      { kind: "skip-week", reason: "Strong runner" },
      { kind: "rebuild-first", enabled: true },
    ] as const) {
      const next = coachHoldWeek.apply(snapshot, asEvent(l.coach("2026-03-04", adjustment), "coach.adjustment"), env);
      expect(next).toBe(snapshot);
    }
  });

  it("adds no transition (week-advances reads the hold)", () => {
    const l = eventLog();
    const snapshot = onboardedSnapshot("2026-03-02");
    const event = asEvent(l.coach("2026-03-04", { kind: "hold-week", reason: "Busy week" }), "coach.adjustment");
    expect(coachHoldWeek.apply(snapshot, event, env).transitions).toEqual(snapshot.transitions);
  });
});
