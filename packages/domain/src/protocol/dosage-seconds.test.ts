import { describe, expect, it } from "vitest";
import { dosageSeconds } from "./dosage-seconds.ts";

describe("dosageSeconds", () => {
  it("counts both sides of per-side sets", () => {
    expect(dosageSeconds({ dosage: { kind: "sets-reps", sets: 3, reps: 10, perSide: true }, secondsPerRep: 3 })).toBe(
      180,
    );
    expect(dosageSeconds({ dosage: { kind: "sets-reps", sets: 3, reps: 12, perSide: false }, secondsPerRep: 3 })).toBe(
      108,
    );
  });

  it("doubles per-side durations", () => {
    expect(dosageSeconds({ dosage: { kind: "duration", durationSeconds: 120, perSide: true }, secondsPerRep: 3 })).toBe(
      240,
    );
    expect(
      dosageSeconds({ dosage: { kind: "duration", durationSeconds: 120, perSide: false }, secondsPerRep: 3 }),
    ).toBe(120);
  });

  it("counts one bout of a repeat-daily dosage", () => {
    expect(
      dosageSeconds({ dosage: { kind: "repeat-daily", durationSeconds: 600, timesPerDay: 4 }, secondsPerRep: 3 }),
    ).toBe(600);
  });
});
