import type { Exercise, ReturnWeek } from "@backstride/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCueSchedule, metronomeTickSeconds, metronomeTicks, runMetronomeCues } from "./cue-schedule.ts";
import { buildCircuitPlan, buildIceHeatPlan, buildWalkRunPlan } from "./session-plan.ts";

const article = { id: "article", label: "Backstride source article" };

function returnWeek(
  overrides: Partial<ReturnWeek> & Pick<ReturnWeek, "week" | "runSeconds" | "walkSeconds" | "rounds">,
) {
  return {
    sessionsPerWeek: 3,
    prep: { id: "none", title: "Warm-up walk", detail: "Walk easily.", timing: "during" as const },
    sources: [article],
    ...overrides,
  } satisfies ReturnWeek;
}

const week1 = returnWeek({
  week: 1,
  runSeconds: 60,
  walkSeconds: 180,
  rounds: 6,
  prep: {
    id: "glute-activation",
    title: "Glute activation",
    detail: "Bridges and clamshells.",
    timing: "before",
    durationSeconds: 300,
  },
});
const week1WithoutPrep = returnWeek({ week: 1, runSeconds: 60, walkSeconds: 180, rounds: 6 });
const week2 = returnWeek({ week: 2, runSeconds: 120, walkSeconds: 120, rounds: 8, formCheckEverySeconds: 600 });
const week3 = returnWeek({
  week: 3,
  runSeconds: 240,
  walkSeconds: 60,
  rounds: 6,
  sessionsPerWeek: 4,
  prep: { id: "post-run-ice", title: "Ice your lower back", detail: "10 minutes, right away.", timing: "after" },
});

function exercise(id: string, name: string, dosage: Exercise["dosage"]): Exercise {
  return {
    id,
    name,
    dosage,
    howTo: ["Move slowly."],
    feel: "Muscles working.",
    targets: [],
    optional: false,
    sources: [],
  };
}

describe("walk/run schedule", () => {
  it("times every run and walk of a 24-minute week-1 session exactly", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1WithoutPrep });
    expect(plan.totalSeconds).toBe(24 * 60);
    const cues = buildCueSchedule(plan);
    const runStarts = cues.filter((c) => c.kind === "phase-start" && plan.phases[c.phaseIndex]?.kind === "run");
    const walkStarts = cues.filter((c) => c.kind === "phase-start" && plan.phases[c.phaseIndex]?.kind === "walk");
    expect(runStarts.map((c) => c.atSeconds)).toEqual([0, 240, 480, 720, 960, 1200]);
    expect(walkStarts.map((c) => c.atSeconds)).toEqual([60, 300, 540, 780, 1020, 1260]);
    for (const [round, cue] of runStarts.entries()) expect(cue.atSeconds === round * 240).toBe(true);
    const finish = cues.filter((c) => c.kind === "finish");
    expect(finish).toHaveLength(1);
    expect(finish[0]?.atSeconds === 1440).toBe(true);
    expect(cues.at(-1)?.kind).toBe("finish");
  });

  it("puts the week's prep first and shifts the intervals by its length", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1 });
    expect(plan.phases[0]).toMatchObject({ kind: "prep", startSeconds: 0, durationSeconds: 300 });
    expect(plan.intervalsStartSeconds).toBe(300);
    expect(plan.totalSeconds).toBe(300 + 24 * 60);
    const rounds = buildCueSchedule(plan).filter((c) => c.kind === "round");
    expect(rounds.map((c) => c.atSeconds)).toEqual([300, 540, 780, 1020, 1260, 1500]);
    expect(rounds.map((c) => c.label)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Round ${n} of 6.`));
  });

  it("counts down the last three seconds of every phase and speaks in a sensible order", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1WithoutPrep });
    const cues = buildCueSchedule(plan);
    const countdowns = cues.filter((c) => c.kind === "countdown" && c.phaseIndex === 0);
    expect(countdowns.map((c) => [c.atSeconds, c.label])).toEqual([
      [57, "3"],
      [58, "2"],
      [59, "1"],
    ]);
    const at240 = cues.filter((c) => c.atSeconds === 240).map((c) => c.kind);
    expect(at240).toEqual(["phase-end", "round", "phase-start"]);
  });

  it("cues week 2 form checks every 600 s from the first run", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 2", week: week2 });
    expect(plan.totalSeconds).toBe(8 * 240);
    const formChecks = buildCueSchedule(plan).filter((c) => c.kind === "form-check" && c.label.startsWith("Form"));
    expect(formChecks.map((c) => c.atSeconds)).toEqual([600, 1200, 1800]);
    expect(formChecks.map((c) => c.phaseIndex)).toEqual([5, 10, 15]);
  });

  it("cues the tall plank drill in each run long enough for it", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 2", week: week2 });
    const tallPlanks = buildCueSchedule(plan).filter((c) => c.label.startsWith("Tall plank"));
    expect(tallPlanks.map((c) => c.atSeconds)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((round) => round * 240 + 10));
  });

  it("builds week 3 with 4-minute runs and the ice task after the session", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 3", week: week3 });
    expect(plan.totalSeconds).toBe(6 * 300);
    expect(plan.returnWeek).toBe(3);
    const cues = buildCueSchedule(plan);
    expect(cues.filter((c) => c.kind === "round").map((c) => c.atSeconds)).toEqual([0, 300, 600, 900, 1200, 1500]);
    expect(cues.some((c) => c.label.startsWith("Form check"))).toBe(false);
    expect(cues.at(-1)).toMatchObject({ kind: "finish", atSeconds: 1800 });
    expect(cues.at(-1)?.label).toContain("Ice your lower back");
  });

  it("keeps the schedule sorted", () => {
    for (const week of [week1, week2, week3]) {
      const cues = buildCueSchedule(buildWalkRunPlan({ title: "w", week }));
      for (let i = 1; i < cues.length; i += 1) {
        expect((cues[i]?.atSeconds ?? 0) >= (cues[i - 1]?.atSeconds ?? 0)).toBe(true);
      }
    }
  });
});

describe("metronome", () => {
  it("ticks exactly 1800 times in 10 minutes at 180 spm with zero drift", () => {
    const ticks = metronomeTicks(180, 0, 600);
    expect(ticks).toHaveLength(1800);
    expect(metronomeTickSeconds(180, 1800) === 600).toBe(true);
    // Every third tick falls on a whole second; a running sum (t += 1/3) would be off by then.
    for (const tick of ticks) {
      if (tick.index % 3 === 0) expect(tick.atSeconds === tick.index / 3).toBe(true);
    }
    const next = metronomeTicks(180, 600, 601);
    expect(next[0]?.index).toBe(1800);
    expect(next[0]?.atSeconds === 600).toBe(true);
  });

  it("splits into back-to-back windows without losing or doubling a tick", () => {
    const windowed: number[] = [];
    for (let from = 0; from < 600; from += 0.1) {
      windowed.push(...metronomeTicks(180, from, Math.min(600, from + 0.1)).map((t) => t.index));
    }
    expect(windowed).toEqual(Array.from({ length: 1800 }, (_, i) => i));
  });

  it("ticks only while running, anchored at each run's start", () => {
    const plan = buildWalkRunPlan({ title: "Walk/run 1", week: week1WithoutPrep });
    const ticks = runMetronomeCues(plan, 170, 0, plan.totalSeconds);
    expect(ticks).toHaveLength(6 * 170);
    expect(ticks.filter((t) => t.atSeconds === 240)).toHaveLength(1);
    expect(ticks.every((t) => plan.phases[t.phaseIndex]?.kind === "run")).toBe(true);
  });
});

describe("circuit schedule", () => {
  const circuit = buildCircuitPlan({
    title: "Rebuild circuit",
    kind: "rehab-circuit",
    exercises: [
      exercise("dead-bug", "Dead bug", { kind: "sets-reps", sets: 3, reps: 10, perSide: true }),
      exercise("glute-bridge", "Glute bridge", { kind: "sets-reps", sets: 3, reps: 12, perSide: false }),
      exercise("cat-cow", "Cat-cow", { kind: "duration", durationSeconds: 120, perSide: false }),
      exercise("hip-90-90", "90/90 hip rotation", { kind: "duration", durationSeconds: 120, perSide: true }),
    ],
  });

  it("runs one exercise at a time, sets with rests between, sides one after the other", () => {
    expect(circuit.phases.map((p) => [p.kind, p.exercise?.id, p.set ?? null, p.durationSeconds])).toEqual([
      ["exercise", "dead-bug", 1, 60],
      ["rest", "dead-bug", null, 15],
      ["exercise", "dead-bug", 2, 60],
      ["rest", "dead-bug", null, 15],
      ["exercise", "dead-bug", 3, 60],
      ["rest", "glute-bridge", null, 10],
      ["exercise", "glute-bridge", 1, 36],
      ["rest", "glute-bridge", null, 15],
      ["exercise", "glute-bridge", 2, 36],
      ["rest", "glute-bridge", null, 15],
      ["exercise", "glute-bridge", 3, 36],
      ["rest", "cat-cow", null, 10],
      ["exercise", "cat-cow", null, 120],
      ["rest", "hip-90-90", null, 10],
      ["exercise", "hip-90-90", null, 120],
      ["exercise", "hip-90-90", null, 120],
    ]);
    expect(circuit.phases.map((p) => p.detail).slice(-2)).toEqual(["Left side · 2 minutes", "Right side · 2 minutes"]);
  });

  it("starts each phase where the previous one ends and speaks exercises in order", () => {
    circuit.phases.forEach((phase, index) => {
      const previous = circuit.phases[index - 1];
      expect(phase.startSeconds).toBe(previous ? previous.startSeconds + previous.durationSeconds : 0);
    });
    const cues = buildCueSchedule(circuit);
    const spoken = cues.filter((c) => c.kind === "phase-start" && circuit.phases[c.phaseIndex]?.kind === "exercise");
    expect(spoken.map((c) => c.label)).toEqual([
      "Dead bug, set 1 of 3: 10 per side.",
      "Dead bug, set 2 of 3: 10 per side.",
      "Dead bug, set 3 of 3: 10 per side.",
      "Glute bridge, set 1 of 3: 12 reps.",
      "Glute bridge, set 2 of 3: 12 reps.",
      "Glute bridge, set 3 of 3: 12 reps.",
      "Cat-cow: 2 minutes.",
      "90/90 hip rotation, left side: 2 minutes.",
      "90/90 hip rotation, right side: 2 minutes.",
    ]);
    const halfways = cues.filter((c) => c.kind === "halfway").map((c) => c.atSeconds);
    const catCow = circuit.phases[12];
    expect(halfways[0]).toBe((catCow?.startSeconds ?? 0) + 60);
    expect(cues.at(-1)).toMatchObject({ kind: "finish", atSeconds: circuit.totalSeconds });
  });
});

describe("ice and heat", () => {
  it("is 10 minutes of ice then 15 of heat", () => {
    const plan = buildIceHeatPlan({ title: "Ice + heat" });
    expect(plan.phases.map((p) => [p.kind, p.startSeconds, p.durationSeconds])).toEqual([
      ["ice", 0, 600],
      ["heat", 600, 900],
    ]);
    const cues = buildCueSchedule(plan);
    expect(cues.filter((c) => c.kind === "halfway").map((c) => c.atSeconds)).toEqual([300, 1050]);
    expect(cues.filter((c) => c.atSeconds === 600).map((c) => c.kind)).toEqual(["phase-end", "phase-start"]);
    expect(cues.at(-1)).toMatchObject({ kind: "finish", atSeconds: 1500 });
  });
});

describe("schedule properties", () => {
  it("places every round exactly at prep + k × (run + walk) for any week", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 900 }),
        (runSeconds, walkSeconds, rounds, prepSeconds) => {
          const week = returnWeek({
            week: 1,
            runSeconds,
            walkSeconds,
            rounds,
            prep: { id: "p", title: "Prep", detail: "", timing: "before", durationSeconds: prepSeconds },
          });
          const plan = buildWalkRunPlan({ title: "w", week });
          const cues = buildCueSchedule(plan);
          const roundTimes = cues.filter((c) => c.kind === "round").map((c) => c.atSeconds);
          const ideal = Array.from({ length: rounds }, (_, k) => prepSeconds + k * (runSeconds + walkSeconds));
          expect(roundTimes).toEqual(ideal);
          expect(cues.at(-1)).toMatchObject({
            kind: "finish",
            atSeconds: prepSeconds + rounds * (runSeconds + walkSeconds),
          });
          for (let i = 1; i < cues.length; i += 1) {
            expect((cues[i]?.atSeconds ?? 0) >= (cues[i - 1]?.atSeconds ?? 0)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("ticks a metronome of any tempo without drift over 10 minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 140, max: 200 }), (bpm) => {
        const ticks = metronomeTicks(bpm, 0, 600);
        expect(ticks).toHaveLength(bpm * 10);
        expect(metronomeTickSeconds(bpm, bpm * 10) === 600).toBe(true);
        // Every bpm-th tick lands on a whole minute, exactly.
        for (let minute = 0; minute < 10; minute += 1)
          expect(ticks[minute * bpm]?.atSeconds === minute * 60).toBe(true);
      }),
      { numRuns: 61 },
    );
  });
});
