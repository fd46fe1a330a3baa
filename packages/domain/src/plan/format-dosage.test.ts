import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { formatDosage, formatExerciseList, formatWalkRun, walkRunSeconds } from "./format-dosage.ts";

describe("dosage text", () => {
  it("writes each dosage kind", () => {
    expect(formatDosage({ kind: "sets-reps", sets: 3, reps: 10, perSide: true })).toBe("3 × 10 per side");
    expect(formatDosage({ kind: "duration", durationSeconds: 120, perSide: true })).toBe("2 min per side");
    expect(formatDosage({ kind: "duration", durationSeconds: 20, perSide: false })).toBe("20 s");
    expect(formatDosage({ kind: "repeat-daily", durationSeconds: 600, timesPerDay: 4 })).toBe("10 min × 4 a day");
  });
  it("lists the rebuild circuit with the optional 5 lb (2.3 kg) deadlift", () => {
    const text = formatExerciseList(defaultProtocol.rebuild.circuit);
    expect(text).toContain("Dead bugs 3 × 10 per side");
    expect(text).toContain("Glute bridges with a band 3 × 12");
    expect(text).toContain("optional: Single-leg Romanian deadlifts");
    expect(text).toContain("2.3 kg");
  });
  it("writes the return weeks' intervals and length", () => {
    const [week1, week2, week3] = defaultProtocol.returnToRun.weeks;
    expect(week1 && formatWalkRun(week1)).toBe("1 min run / 3 min walk × 6 rounds");
    expect(week2 && formatWalkRun(week2)).toBe("2 min run / 2 min walk × 8 rounds");
    expect(week3 && formatWalkRun(week3)).toBe("4 min run / 1 min walk × 6 rounds");
    expect(week1 && walkRunSeconds(week1)).toBe(24 * 60);
  });
});
