import { describe, expect, it } from "vitest";
import { defaultProtocol } from "./default-protocol.ts";
import { dosageSeconds } from "./dosage-seconds.ts";
import type { Exercise } from "./protocol-types.ts";

function exercise(list: Exercise[], id: string): Exercise {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`missing exercise ${id}`);
  return found;
}

describe("defaultProtocol relief phase", () => {
  const tasks = defaultProtocol.relief.tasks;

  it("walks in the pool 20 minutes a day", () => {
    const pool = tasks.find((task) => task.id === "pool-walk");
    expect(pool?.durationSeconds).toBe(20 * 60);
    expect(pool?.timesPerDay).toBe(1);
    expect(pool?.detail).toMatch(/chest-deep/);
  });

  it("ices 10 minutes then heats 15 minutes, 4 times a day", () => {
    const iceHeat = tasks.find((task) => task.id === "ice-then-heat");
    expect(iceHeat?.steps).toEqual([
      { title: "Ice pack", durationSeconds: 600 },
      { title: "Heating pad", durationSeconds: 900 },
    ]);
    expect(iceHeat?.timesPerDay).toBe(4);
  });

  it("gives the sleep positions and the avoid list", () => {
    const sleep = tasks.find((task) => task.id === "sleep-position");
    expect(sleep?.detail).toMatch(/under your knees/);
    expect(sleep?.detail).toMatch(/between your knees/);
    expect(sleep?.detail).toMatch(/stomach/);
    expect(defaultProtocol.relief.avoid.map((item) => item.id)).toEqual(
      expect.arrayContaining(["no-stretching", "no-foam-rolling"]),
    );
  });

  it("lasts 72 hours", () => {
    expect(defaultProtocol.pain.reliefHours).toBe(72);
  });
});

describe("defaultProtocol rebuild circuit", () => {
  const circuit = defaultProtocol.rebuild.circuit;

  it("has the article's dosages", () => {
    expect(exercise(circuit, "dead-bug").dosage).toEqual({ kind: "sets-reps", sets: 3, reps: 10, perSide: true });
    expect(exercise(circuit, "glute-bridge-band").dosage).toEqual({
      kind: "sets-reps",
      sets: 3,
      reps: 12,
      perSide: false,
    });
    expect(exercise(circuit, "glute-bridge-band").equipment).toMatch(/band/);
    expect(exercise(circuit, "cat-cow").dosage).toEqual({ kind: "duration", durationSeconds: 120, perSide: false });
    expect(exercise(circuit, "hip-90-90-rotation").dosage).toEqual({
      kind: "duration",
      durationSeconds: 120,
      perSide: true,
    });
  });

  it("offers single-leg Romanian deadlifts with 5 lb (about 2.3 kg) as optional", () => {
    const rdl = exercise(circuit, "single-leg-rdl");
    expect(rdl.optional).toBe(true);
    expect(rdl.loadKg).toBeCloseTo(2.268, 3);
    expect(rdl.loadKg).toBeCloseTo(2.3, 1);
    expect(circuit.filter((item) => item.optional)).toHaveLength(1);
  });

  it("runs daily for 3 weeks and says 12 minutes", () => {
    expect(defaultProtocol.rebuild.weeks).toBe(3);
    expect(defaultProtocol.rebuild.circuitMinutes).toBe(12);
  });

  it("adds up to about 12 minutes at 3 seconds a rep", () => {
    const totalSeconds = circuit.reduce(
      (sum, item) => sum + dosageSeconds({ dosage: item.dosage, secondsPerRep: 3 }),
      0,
    );
    const coreSeconds = circuit
      .filter((item) => !item.optional)
      .reduce((sum, item) => sum + dosageSeconds({ dosage: item.dosage, secondsPerRep: 3 }), 0);
    expect(totalSeconds / 60).toBeGreaterThanOrEqual(10);
    expect(totalSeconds / 60).toBeLessThanOrEqual(14);
    expect(coreSeconds / 60).toBeGreaterThanOrEqual(10);
    expect(coreSeconds / 60).toBeLessThanOrEqual(14);
  });
});

describe("defaultProtocol return to running", () => {
  it("matches the article's table for weeks 1-3", () => {
    const weeks = defaultProtocol.returnToRun.weeks.map((week) => ({
      week: week.week,
      runSeconds: week.runSeconds,
      walkSeconds: week.walkSeconds,
      rounds: week.rounds,
      sessionsPerWeek: week.sessionsPerWeek,
      prepId: week.prep.id,
      timing: week.prep.timing,
    }));
    expect(weeks).toEqual([
      {
        week: 1,
        runSeconds: 60,
        walkSeconds: 180,
        rounds: 6,
        sessionsPerWeek: 3,
        prepId: "glute-activation",
        timing: "before",
      },
      {
        week: 2,
        runSeconds: 120,
        walkSeconds: 120,
        rounds: 8,
        sessionsPerWeek: 3,
        prepId: "form-check",
        timing: "during",
      },
      {
        week: 3,
        runSeconds: 240,
        walkSeconds: 60,
        rounds: 6,
        sessionsPerWeek: 4,
        prepId: "post-run-ice",
        timing: "after",
      },
    ]);
  });

  it("has 5 min glute activation in week 1 and form checks every 10 min in week 2", () => {
    const [week1, week2, week3] = defaultProtocol.returnToRun.weeks;
    expect(week1?.prep.durationSeconds).toBe(300);
    expect(week2?.formCheckEverySeconds).toBe(600);
    expect(week3?.prep.detail).toMatch(/as soon as you finish/);
  });
});

describe("defaultProtocol week 4+ and rules", () => {
  it("caps weekly growth at 10% and flags a run over 110% of the 30-day longest", () => {
    expect(defaultProtocol.load).toEqual({
      maxWeeklyIncreaseShare: 0.1,
      singleRunSpikeRatio: 1.1,
      singleRunSpikeWindowDays: 30,
    });
  });

  it("keeps strength 2x/week, mobility 10 min daily, monthly massage, no concrete two days running", () => {
    expect(defaultProtocol.maintenance).toEqual({
      strengthSessionsPerWeek: 2,
      mobilityMinutesDaily: 10,
      massageEveryDays: 30,
      noConsecutiveConcreteDays: true,
      rotateSurfaces: ["trail", "track", "asphalt"],
    });
  });

  it("gives dosages to the posterior-chain lifts", () => {
    const ids = defaultProtocol.strength.exercises.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining(["deadlift", "hip-thrust"]));
    for (const item of defaultProtocol.strength.exercises) expect(item.dosage.kind).toBe("sets-reps");
  });

  it("fills the 10 daily mobility minutes with hip and upper-back work", () => {
    const mobilitySeconds = defaultProtocol.mobility.exercises.reduce(
      (sum, item) => sum + dosageSeconds({ dosage: item.dosage, secondsPerRep: 3 }),
      0,
    );
    expect(mobilitySeconds).toBe(10 * 60);
    expect(defaultProtocol.mobility.exercises.map((item) => item.id)).toEqual(
      expect.arrayContaining(["hip-90-90-rotation", "thoracic-open-book"]),
    );
  });

  it("stops at 3/10 with 3-5 days off impact, NPRS change 2 points or 30%, 14-day window, next-morning check on", () => {
    expect(defaultProtocol.pain).toEqual({
      stopThreshold0to10: 3,
      noImpactDaysMin: 3,
      noImpactDaysMax: 5,
      reliefHours: 72,
      importantChangePoints: 2,
      importantChangeShare: 0.3,
      noImprovementWindowDays: 14,
      nextMorningCheck: true,
      model: "article-stop-at-3",
    });
  });

  it("targets 170-180 steps a minute in +5% steps", () => {
    expect(defaultProtocol.cadence).toEqual({
      targetMinStepsPerMinute: 170,
      targetMaxStepsPerMinute: 180,
      stepIncreaseShare: 0.05,
    });
  });

  it("warns at 300 mi, replaces at 500 mi, with a 6-8 mm drop", () => {
    expect(defaultProtocol.shoes).toEqual({
      warnAtMeters: 482_803,
      replaceAtMeters: 804_672,
      idealDropMinMm: 6,
      idealDropMaxMm: 8,
    });
  });

  it("uses unique exercise ids per list and targets only known causes", () => {
    const causeIds = ["overstriding", "hip-flexor-tightness", "weak-glutes-hamstrings", "core-collapse", "shoe-issues"];
    for (const list of [
      defaultProtocol.rebuild.circuit,
      defaultProtocol.strength.exercises,
      defaultProtocol.mobility.exercises,
    ]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const item of list) for (const target of item.targets) expect(causeIds).toContain(target);
    }
  });
});
