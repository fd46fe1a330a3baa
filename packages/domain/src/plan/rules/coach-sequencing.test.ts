import { describe, expect, it } from "vitest";
import { eventLog } from "../../../test-data/event-builders.ts";
import { coachSequencing } from "./coach-sequencing.ts";
import { asEvent, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";

const env = ruleTestEnv();
const l = eventLog();
const rebuildFirst = asEvent(l.coach("2026-03-03", { kind: "rebuild-first", enabled: true }), "coach.adjustment");
const sideBySide = asEvent(l.coach("2026-03-03", { kind: "rebuild-first", enabled: false }), "coach.adjustment");

describe("coach-sequencing", () => {
  it("rebuild first moves walk/run week 1 to after the 3 rebuild weeks", () => {
    const snapshot = onboardedSnapshot("2026-03-02");
    expect(snapshot.position.returnWeekStart).toBe("2026-03-02");
    const next = coachSequencing.apply(snapshot, rebuildFirst, env);
    expect(next.position.returnWeekStart).toBe("2026-03-23");
    expect(next.position.blockStart).toBe("2026-03-02");
    expect(next.position.returnWeek).toBe(1);
  });

  it("never moves walk/run week 1 into the past when chosen after the rebuild weeks", () => {
    const snapshot = onboardedSnapshot("2026-03-02");
    const late = asEvent(l.coach("2026-03-30", { kind: "rebuild-first", enabled: true }), "coach.adjustment");
    expect(coachSequencing.apply(snapshot, late, env).position.returnWeekStart).toBe("2026-03-30");
  });

  it("side by side brings walk/run week 1 back to the block's start", () => {
    const snapshot = coachSequencing.apply(onboardedSnapshot("2026-03-02"), rebuildFirst, env);
    expect(coachSequencing.apply(snapshot, sideBySide, env).position.returnWeekStart).toBe("2026-03-02");
  });

  it("does not apply once walk/run has been earned, past week 1, before onboarding, or to other adjustments", () => {
    const onboarded = onboardedSnapshot("2026-03-02");
    const earned = { ...onboarded, position: { ...onboarded.position, goodDays: ["2026-03-02"] } };
    const week2 = atReturnWeek(onboarded, 2, "2026-03-09");
    const notOnboarded = { ...onboarded, position: { ...onboarded.position, blockStart: null } };
    for (const snapshot of [earned, week2, notOnboarded]) {
      expect(coachSequencing.apply(snapshot, rebuildFirst, env)).toBe(snapshot);
    }
    const hold = asEvent(l.coach("2026-03-03", { kind: "hold-week", reason: "Busy" }), "coach.adjustment");
    expect(coachSequencing.apply(onboarded, hold, env)).toBe(onboarded);
  });

  it("adds no transition", () => {
    const snapshot = onboardedSnapshot("2026-03-02");
    expect(coachSequencing.apply(snapshot, rebuildFirst, env).transitions).toEqual(snapshot.transitions);
  });
});
