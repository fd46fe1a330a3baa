import { describe, expect, it } from "vitest";
import { shoeThresholdsProblem } from "./shoe-thresholds.ts";

describe("shoeThresholdsProblem", () => {
  it("takes thresholds in order, and either one left to the protocol", () => {
    expect(shoeThresholdsProblem({ warnAtMeters: 400_000, replaceAtMeters: 700_000 })).toBeNull();
    expect(shoeThresholdsProblem({ warnAtMeters: null, replaceAtMeters: null })).toBeNull();
    expect(shoeThresholdsProblem({ warnAtMeters: 300_000, replaceAtMeters: null })).toBeNull();
    // Replacing early, before the protocol's warning distance, is the runner's call.
    expect(shoeThresholdsProblem({ warnAtMeters: null, replaceAtMeters: 300_000 })).toBeNull();
  });

  it("refuses a replacement distance at or below the pair's own warning distance", () => {
    expect(shoeThresholdsProblem({ warnAtMeters: 500_000, replaceAtMeters: 0 })).toEqual({
      field: "replaceAtMeters",
      message: "The replacement distance (0 km) must be more than the warning distance (500 km).",
    });
    expect(shoeThresholdsProblem({ warnAtMeters: 500_000, replaceAtMeters: 500_000 })?.field).toBe("replaceAtMeters");
  });
});
