import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { emptySnapshot } from "../machine/snapshot-ops.ts";
import { causesAssessed } from "./causes-assessed.ts";
import { asEvent, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();

describe("causes-assessed", () => {
  it("records the day the cause finder was answered and the usual weekly distance", () => {
    const l = eventLog();
    const snapshot = emptySnapshot();
    const next = causesAssessed.apply(snapshot, asEvent(l.causes("2026-03-02", 25_000), "causes.assessed"), env);
    expect(next.causesOn).toBe("2026-03-02");
    expect(next.usualWeeklyDistanceMeters).toBe(25_000);
    // Nothing else moves: onboarding is its own rule.
    expect({ ...next, causesOn: null, usualWeeklyDistanceMeters: null }).toEqual(snapshot);
    expect(snapshot.causesOn).toBeNull();
  });

  it("keeps the first day and the distance already told when answered again without one", () => {
    const l = eventLog();
    const first = causesAssessed.apply(
      emptySnapshot(),
      asEvent(l.causes("2026-03-02", 25_000), "causes.assessed"),
      env,
    );
    const next = causesAssessed.apply(first, asEvent(l.causes("2026-03-09"), "causes.assessed"), env);
    expect(next.causesOn).toBe("2026-03-02");
    expect(next.usualWeeklyDistanceMeters).toBe(25_000);
    expect(next).toEqual(first);
  });

  it("adds no transition (the plan starts in onboarding-complete)", () => {
    const l = eventLog();
    const next = causesAssessed.apply(emptySnapshot(), asEvent(l.causes("2026-03-02"), "causes.assessed"), env);
    expect(next.transitions).toEqual([]);
  });
});
