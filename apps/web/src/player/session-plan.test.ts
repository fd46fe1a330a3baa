import { defaultProtocol, type PlanTask } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { buildCueSchedule } from "./cue-schedule.ts";
import { buildSessionPlan, formatDurationWords, phaseIndexAt } from "./session-plan.ts";

const reason = { code: "test", text: "Because.", sources: [] };

function task(overrides: Partial<PlanTask> & Pick<PlanTask, "kind">): PlanTask {
  return { id: "2026-03-10:x", title: "Task", dosage: "", reason, done: false, ...overrides };
}

function planOf(planTask: PlanTask) {
  const plan = buildSessionPlan(planTask, defaultProtocol);
  if (!plan) throw new Error(`no plan for ${planTask.kind}`);
  return plan;
}

describe("buildSessionPlan", () => {
  it("plays the protocol's week 1 as 5 min prep then exactly 24 minutes of intervals", () => {
    const week = defaultProtocol.returnToRun.weeks[0];
    const plan = buildSessionPlan(task({ kind: "walk-run", walkRun: week }), defaultProtocol);
    expect(plan?.mode).toBe("walk-run");
    expect(plan?.phases[0]?.kind).toBe("prep");
    expect(plan?.intervalsStartSeconds).toBe(300);
    expect((plan?.totalSeconds ?? 0) - (plan?.intervalsStartSeconds ?? 0)).toBe(24 * 60);
    const runStarts = buildCueSchedule(planOf(task({ kind: "walk-run", walkRun: week })))
      .filter((cue) => cue.kind === "round")
      .map((cue) => cue.atSeconds - 300);
    expect(runStarts).toEqual([0, 4, 8, 12, 16, 20].map((minute) => minute * 60));
  });

  it("plays week 2 with form checks every 10 minutes and week 3 with the ice after", () => {
    const [, week2, week3] = defaultProtocol.returnToRun.weeks;
    const checks = buildCueSchedule(planOf(task({ kind: "walk-run", walkRun: week2 }))).filter((cue) =>
      cue.label.startsWith("Form check"),
    );
    expect(checks.map((cue) => cue.atSeconds)).toEqual([600, 1200, 1800]);
    const plan3 = buildSessionPlan(task({ kind: "walk-run", walkRun: week3 }));
    expect(plan3?.afterTask?.title).toBe(week3?.prep.title);
    expect(plan3?.totalSeconds).toBe(30 * 60);
  });

  it("fits the article's four circuit exercises into about 12 minutes", () => {
    const required = defaultProtocol.rebuild.circuit.filter((exercise) => !exercise.optional);
    const plan = buildSessionPlan(task({ kind: "rehab-circuit", exercises: required }));
    expect(plan?.mode).toBe("circuit");
    expect(plan?.totalSeconds).toBe(738);
  });

  it("takes the ice and heat times from the protocol's relief steps", () => {
    const plan = buildSessionPlan(task({ kind: "ice-heat" }), defaultProtocol);
    expect(plan?.phases.map((phase) => [phase.kind, phase.durationSeconds])).toEqual([
      ["ice", 600],
      ["heat", 900],
    ]);
  });

  it("times other sessions with a plain timer, and leaves non-sessions alone", () => {
    const pool = buildSessionPlan(task({ kind: "pool-walk", durationSeconds: 1200 }));
    expect(pool?.mode).toBe("timer");
    expect(pool?.totalSeconds).toBe(1200);
    expect(buildSessionPlan(task({ kind: "rest" }))).toBeNull();
    expect(buildSessionPlan(task({ kind: "massage" }))).toBeNull();
  });

  it("finds the phase at a session time", () => {
    const plan = planOf(task({ kind: "ice-heat" }));
    expect(phaseIndexAt(plan, 0)).toBe(0);
    expect(phaseIndexAt(plan, 599.9)).toBe(0);
    expect(phaseIndexAt(plan, 600)).toBe(1);
    expect(phaseIndexAt(plan, 5000)).toBe(1);
  });

  it("words durations plainly", () => {
    expect(formatDurationWords(60)).toBe("1 minute");
    expect(formatDurationWords(150)).toBe("2 minutes 30 seconds");
    expect(formatDurationWords(20)).toBe("20 seconds");
  });
});
