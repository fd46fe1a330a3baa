import { describe, expect, it } from "vitest";
import { scenarios as scenariosV1 } from "../../test-data/scenarios.ts";
import { scenariosV2 } from "../../test-data/scenarios-v2.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { planFor } from "./plan-for.ts";

const scenarios = [...scenariosV1, ...scenariosV2];

describe("plan engine scenario table", () => {
  it("has at least 100 uniquely named cases, each naming the rule it covers", () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(100);
    for (const scenario of scenarios) expect(scenario.covers.trim()).not.toBe("");
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))("%s", (_name, scenario) => {
    const state = planFor(scenario.events, scenario.protocol ?? defaultProtocol, scenario.today);
    const want = scenario.expect;
    const kinds = state.tasks.map((t) => t.kind);
    const codes = [...state.reasons, ...state.tasks.map((t) => t.reason)].map((r) => r.code);

    expect(state.phase).toBe(want.phase);
    if (want.week !== undefined) expect(state.week).toBe(want.week);
    if (want.returnWeek !== undefined) expect(state.returnWeek).toBe(want.returnWeek);
    if (want.runningAllowed !== undefined) expect(state.runningAllowed).toBe(want.runningAllowed);
    if (want.noImpactUntil !== undefined) expect(state.noImpactUntil).toBe(want.noImpactUntil);
    if (want.redFlagLevel !== undefined) expect(state.redFlag?.level ?? null).toBe(want.redFlagLevel);
    if (want.taskKinds) expect(kinds).toEqual(want.taskKinds);
    for (const kind of want.tasksInclude ?? []) expect(kinds).toContain(kind);
    for (const kind of want.tasksExclude ?? []) expect(kinds).not.toContain(kind);
    for (const flag of want.flags ?? []) {
      expect(state.flags.some((f) => f.level === flag.level && f.id.startsWith(flag.idPrefix))).toBe(true);
    }
    for (const code of want.reasonCodes ?? []) expect(codes).toContain(code);
    if (want.walkRun) {
      const week = state.tasks.find((t) => t.kind === "walk-run")?.walkRun;
      expect(
        week && {
          runSeconds: week.runSeconds,
          walkSeconds: week.walkSeconds,
          rounds: week.rounds,
          sessionsPerWeek: week.sessionsPerWeek,
          prepId: week.prep.id,
        },
      ).toEqual(want.walkRun);
    }
    if (want.circuitExerciseIds) {
      const circuit = state.tasks.find((t) => t.kind === "rehab-circuit");
      expect(circuit?.exercises?.map((e) => e.id)).toEqual(want.circuitExerciseIds);
    }
    if (want.maxDistanceMeters !== undefined) {
      expect(state.tasks.find((t) => t.kind === "run")?.maxDistanceMeters).toBe(want.maxDistanceMeters);
    }
    if (want.weeklyCapMeters !== undefined) {
      if (want.weeklyCapMeters === null) expect(state.load.weeklyCapMeters).toBeNull();
      else expect(state.load.weeklyCapMeters).toBeCloseTo(want.weeklyCapMeters, 6);
    }
    if (want.doneKinds) {
      expect(state.tasks.filter((t) => t.done).map((t) => t.kind)).toEqual(want.doneKinds);
    }
    if (want.state !== undefined) expect(state.state.name).toBe(want.state);
    if (want.reliefUntil !== undefined) expect(state.reliefUntil).toBe(want.reliefUntil);
    if (want.painQuestions !== undefined) expect(state.painQuestions).toHaveLength(want.painQuestions);
    if (want.morningCheck !== undefined) expect(state.morningCheck !== null).toBe(want.morningCheck);
    if (want.triageFirst !== undefined) {
      expect(state.triageFirst !== null).toBe(want.triageFirst);
      if (want.triageFirst) expect(state.tasks[0]?.kind).toBe("triage");
    }
    if (want.historyKinds) expect(state.history.map((h) => h.kind)).toEqual(want.historyKinds);
    if (want.stopThreshold0to10 !== undefined) expect(state.stopThreshold0to10).toBe(want.stopThreshold0to10);
    if (want.coachChanges) {
      expect(state.coachChanges).toHaveLength(want.coachChanges.total);
      expect(state.coachChanges.filter((c) => c.inForce)).toHaveLength(want.coachChanges.inForce);
    }
    if (want.runDosageIncludes !== undefined) {
      expect(state.tasks.find((t) => t.kind === "run")?.dosage).toContain(want.runDosageIncludes);
    }
    if (want.weeklyCapSeconds !== undefined) expect(state.load.weeklyCapSeconds).toBe(want.weeklyCapSeconds);
    if (want.maxRunningSeconds !== undefined) {
      expect(state.tasks.find((t) => t.kind === "run")?.maxRunningSeconds).toBe(want.maxRunningSeconds);
    }
    // Every row: the safety invariants hold whatever the rule under test.
    if (!state.runningAllowed) {
      expect(state.tasks.filter((t) => (t.kind === "walk-run" || t.kind === "run") && !t.done)).toEqual([]);
    }
    if (want.milestoneDate !== undefined) expect(state.nextMilestone?.date ?? null).toBe(want.milestoneDate);

    // Every row: every task and every decision has a reason in words.
    for (const task of state.tasks) expect(task.reason.text.length).toBeGreaterThan(0);
    for (const r of state.reasons) expect(r.text.length).toBeGreaterThan(0);
    expect(state.week7.map((d) => d.date)).toHaveLength(7);
  });
});
