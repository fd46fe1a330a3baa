import { describe, expect, it } from "vitest";
import type { LocalDate } from "../../events/events.ts";
import type { RecoverySnapshot } from "../machine/machine-types.ts";
import { stateOn } from "../machine/state-on.ts";
import { addedTransition, atReturnWeek, onboardedSnapshot, ruleTestEnv } from "./rule-test-env.ts";
import { weekAdvances } from "./week-advances.ts";

const env = ruleTestEnv();

/** Walk/run `week` begun Mon 2 Mar with these days earned (known pain below the stop). */
function earned(week: number, goodDays: LocalDate[]): RecoverySnapshot {
  const snapshot = atReturnWeek(onboardedSnapshot("2026-03-02"), week, "2026-03-02");
  return { ...snapshot, position: { ...snapshot.position, goodDays } };
}

describe("week-advances", () => {
  it("week 1's 3 sessions done: week 2 starts 7 days after week 1 began", () => {
    const snapshot = earned(1, ["2026-03-02", "2026-03-04", "2026-03-06"]);
    const next = weekAdvances.apply(snapshot, "2026-03-09", env);
    expect(next.position).toMatchObject({ returnWeek: 2, returnWeekStart: "2026-03-09", goodDays: [] });
    const record = addedTransition(weekAdvances, snapshot, next);
    expect(record.to).toBe("rebuild");
    expect(record.localDate).toBe("2026-03-09");
    expect(record.text).toBe("Walk/run week 1 done below the stop: week 2 from Mon 9 Mar.");
  });

  it("never sooner than 7 days, nor on the day of the last session", () => {
    const snapshot = earned(1, ["2026-03-02", "2026-03-04", "2026-03-06"]);
    expect(weekAdvances.apply(snapshot, "2026-03-08", env)).toBe(snapshot);
    const lateThird = earned(1, ["2026-03-02", "2026-03-04", "2026-03-09"]);
    expect(weekAdvances.apply(lateThird, "2026-03-09", env)).toBe(lateThird);
    expect(weekAdvances.apply(lateThird, "2026-03-10", env).position.returnWeekStart).toBe("2026-03-10");
  });

  it("week 2 needs 3 sessions and week 3 needs 4 (the article's 3x, 3x, 4x a week)", () => {
    const two = earned(2, ["2026-03-02", "2026-03-04"]);
    expect(weekAdvances.apply(two, "2026-03-20", env)).toBe(two);
    const week3 = earned(3, ["2026-03-02", "2026-03-04", "2026-03-06"]);
    expect(weekAdvances.apply(week3, "2026-03-20", env)).toBe(week3);
  });

  it("week 3 done: week 4+, gradual mileage with at most 10% more a week", () => {
    const snapshot = earned(3, ["2026-03-02", "2026-03-03", "2026-03-05", "2026-03-07"]);
    const next = weekAdvances.apply(snapshot, "2026-03-09", env);
    expect(next.position).toMatchObject({ returnWeek: 4, progressionStart: "2026-03-09", goodDays: [] });
    expect(stateOn(next, "2026-03-09")).toBe("progression");
    const record = addedTransition(weekAdvances, snapshot, next);
    expect(record.to).toBe("progression");
    expect(record.text).toContain("week 4 from Mon 9 Mar");
    expect(record.text).toContain("10%");
  });

  it("a coach's hold delays the next week to the day it ends", () => {
    const snapshot = { ...earned(1, ["2026-03-02", "2026-03-04", "2026-03-06"]), holdUntil: "2026-03-12" };
    expect(weekAdvances.apply(snapshot, "2026-03-11", env)).toBe(snapshot);
    expect(weekAdvances.apply(snapshot, "2026-03-12", env).position.returnWeekStart).toBe("2026-03-12");
  });

  it("does not apply before onboarding or in week 4+", () => {
    const snapshot = earned(1, ["2026-03-02", "2026-03-04", "2026-03-06"]);
    const notStarted = { ...snapshot, position: { ...snapshot.position, blockStart: null } };
    expect(weekAdvances.apply(notStarted, "2026-03-20", env)).toBe(notStarted);
    const week4 = earned(4, ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-07"]);
    expect(weekAdvances.apply(week4, "2026-03-20", env)).toBe(week4);
  });
});
