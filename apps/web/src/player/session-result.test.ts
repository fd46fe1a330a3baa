import type { ReturnWeek } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { buildIceHeatPlan, buildWalkRunPlan } from "./session-plan.ts";
import { roundsCompleted, sessionResult } from "./session-result.ts";

const week1: ReturnWeek = {
  week: 1,
  runSeconds: 60,
  walkSeconds: 180,
  rounds: 6,
  sessionsPerWeek: 3,
  prep: { id: "glutes", title: "Glute activation", detail: "", timing: "before", durationSeconds: 300 },
  sources: [],
};
const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1 });

describe("session result", () => {
  it("counts finished runs only, not skipped ones", () => {
    expect(roundsCompleted(plan, 300 + 60, new Set())).toBe(1);
    expect(roundsCompleted(plan, 300 + 59, new Set())).toBe(0);
    expect(roundsCompleted(plan, plan.totalSeconds, new Set([1]))).toBe(5);
  });

  it("reports a pain stop in round 3 with the week and rounds", () => {
    const result = sessionResult({
      plan,
      sessionSeconds: 300 + 2 * 240 + 30,
      activeSeconds: 810.4,
      skippedPhases: new Set(),
      painDuring0to10: 4,
      endedEarly: true,
      notes: "  sharp on the left  ",
    });
    expect(result).toEqual({
      kind: "walk-run",
      durationSeconds: 810,
      endedEarly: true,
      painDuring0to10: 4,
      roundsPlanned: 6,
      roundsCompleted: 2,
      returnWeek: 1,
      notes: "sharp on the left",
    });
  });

  it("leaves rounds out of other sessions", () => {
    const result = sessionResult({
      plan: buildIceHeatPlan({ title: "Ice + heat" }),
      sessionSeconds: 1500,
      activeSeconds: 1500,
      skippedPhases: new Set(),
      painAfter0to10: 1,
      endedEarly: false,
    });
    expect(result).toEqual({ kind: "ice-heat", durationSeconds: 1500, endedEarly: false, painAfter0to10: 1 });
  });
});
