import type { PlanTask } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { dosageWithoutLength, sessionLengthWords, sessionSeconds } from "./session-duration.ts";

const reason = { code: "test", text: "", sources: [] };

function task(fields: Partial<PlanTask>): PlanTask {
  return { id: "t", kind: "rehab-circuit", title: "Circuit", dosage: "", reason, done: false, ...fields };
}

describe("one duration per session", () => {
  it("uses the player's timed length for a circuit, not the engine's round figure", () => {
    const circuit = task({
      durationSeconds: 12 * 60,
      dosage: "12 min: Dead bugs 3 × 10 per side",
      exercises: [
        {
          id: "dead-bug",
          name: "Dead bugs",
          dosage: { kind: "sets-reps", sets: 3, reps: 10, perSide: true },
        } as NonNullable<PlanTask["exercises"]>[number],
      ],
    });
    const seconds = sessionSeconds(circuit);
    expect(seconds).not.toBeNull();
    expect(seconds).not.toBe(12 * 60);
    expect(sessionLengthWords(circuit)).toMatch(/^About \d+ min$/);
  });

  it("counts a walk/run's prep and rounds", () => {
    const walkRun = task({
      kind: "walk-run",
      durationSeconds: 24 * 60,
      walkRun: {
        week: 1,
        runSeconds: 60,
        walkSeconds: 180,
        rounds: 6,
        sessionsPerWeek: 3,
        prep: { id: "glutes", title: "Glute activation", detail: "", timing: "before", durationSeconds: 300 },
        sources: [],
      },
    });
    expect(sessionSeconds(walkRun)).toBe(300 + 24 * 60);
    expect(sessionLengthWords(walkRun)).toBe("About 29 min");
  });

  it("has no length for tasks that are not timed", () => {
    expect(sessionLengthWords(task({ kind: "pain-checkin" }))).toBeNull();
    expect(sessionLengthWords(task({ kind: "massage" }))).toBeNull();
    expect(sessionLengthWords(task({ kind: "massage", durationSeconds: 600 }))).toBe("About 10 min");
  });

  it("drops only a leading length from the dosage", () => {
    expect(dosageWithoutLength("12 min: Dead bugs 3 × 10 per side")).toBe("Dead bugs 3 × 10 per side");
    expect(dosageWithoutLength("1 min run / 3 min walk × 6 rounds")).toBe("1 min run / 3 min walk × 6 rounds");
  });
});
