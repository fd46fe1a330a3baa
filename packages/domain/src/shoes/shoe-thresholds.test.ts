import { describe, expect, it } from "vitest";
import { shoeThresholdsProblem } from "./shoe-thresholds.ts";

const defaults = { warnAtMeters: 482_803, replaceAtMeters: 804_672 };

describe("shoeThresholdsProblem", () => {
  it("takes thresholds in order, set or left to the protocol", () => {
    expect(shoeThresholdsProblem({ warnAtMeters: 400_000, replaceAtMeters: 700_000, defaults })).toBeNull();
    expect(shoeThresholdsProblem({ warnAtMeters: null, replaceAtMeters: null, defaults })).toBeNull();
    expect(shoeThresholdsProblem({ warnAtMeters: 300_000, replaceAtMeters: null, defaults })).toBeNull();
  });

  it("refuses a replacement distance at or below the warning distance", () => {
    expect(shoeThresholdsProblem({ warnAtMeters: 500_000, replaceAtMeters: 0, defaults })).toEqual({
      field: "replaceAtMeters",
      message: "The replacement distance (0 km) must be more than the warning distance (500 km).",
    });
    expect(shoeThresholdsProblem({ warnAtMeters: 500_000, replaceAtMeters: 500_000, defaults })?.field).toBe(
      "replaceAtMeters",
    );
  });

  it("compares with the protocol's distance where one is left empty", () => {
    expect(shoeThresholdsProblem({ warnAtMeters: null, replaceAtMeters: 300_000, defaults })?.field).toBe(
      "replaceAtMeters",
    );
    expect(shoeThresholdsProblem({ warnAtMeters: 900_000, replaceAtMeters: null, defaults })?.field).toBe(
      "warnAtMeters",
    );
  });
});
