import { describe, expect, it } from "vitest";
import { checkRunPlausibility } from "./run-plausibility.ts";

const day = "2026-03-10";

describe("checkRunPlausibility", () => {
  it("accepts an ordinary 5 km in 30 min", () => {
    expect(checkRunPlausibility({ distanceMeters: 5000, durationSeconds: 1800, localDate: day }).verdict).toBe("ok");
  });

  it("refuses a marathon in half an hour (faster than 2:30 min/km)", () => {
    const result = checkRunPlausibility({ distanceMeters: 42_195, durationSeconds: 1800, localDate: day });
    expect(result.verdict).toBe("impossible");
    expect(result.problems.map((p) => p.code)).toContain("pace-impossible");
  });

  it("refuses a distance with no time, over 250 km, or over 48 hours", () => {
    expect(checkRunPlausibility({ distanceMeters: 3000, durationSeconds: 0, localDate: day }).verdict).toBe(
      "impossible",
    );
    expect(
      checkRunPlausibility({ distanceMeters: 250_001, durationSeconds: 48 * 3600, localDate: day }).problems[0]?.code,
    ).toBe("distance-too-long");
    expect(
      checkRunPlausibility({ distanceMeters: 0, durationSeconds: 48 * 3600 + 1, localDate: day }).problems[0]?.code,
    ).toBe("duration-too-long");
  });

  it("accepts exactly 2:30 min/km as implausible, not impossible", () => {
    const result = checkRunPlausibility({ distanceMeters: 10_000, durationSeconds: 1500, localDate: day });
    expect(result.verdict).toBe("implausible");
    expect(result.problems[0]?.code).toBe("pace-implausible");
  });

  it("asks about a run over twice the longest of the last 30 days, not older ones", () => {
    const earlierRuns = [
      { localDate: "2026-03-01", distanceMeters: 5000 },
      { localDate: "2026-01-01", distanceMeters: 30_000 },
    ];
    const result = checkRunPlausibility({ distanceMeters: 10_001, durationSeconds: 3600, localDate: day, earlierRuns });
    expect(result.verdict).toBe("implausible");
    expect(result.problems[0]?.code).toBe("much-longer-than-usual");
    expect(
      checkRunPlausibility({ distanceMeters: 10_000, durationSeconds: 3600, localDate: day, earlierRuns }).verdict,
    ).toBe("ok");
  });

  it("treats a time-only run (treadmill by time) as fine", () => {
    expect(checkRunPlausibility({ distanceMeters: 0, durationSeconds: 1200, localDate: day }).verdict).toBe("ok");
  });
});

describe("checkRunPlausibility in miles", () => {
  it("writes paces and distances in the runner's unit", () => {
    const marathon = checkRunPlausibility({
      distanceMeters: 42_195,
      durationSeconds: 1800,
      localDate: day,
      distanceUnit: "mi",
    });
    expect(marathon.problems[0]?.message).toMatch(/min\/mi/);
    const long = checkRunPlausibility({
      distanceMeters: 20_000,
      durationSeconds: 7200,
      localDate: day,
      earlierRuns: [{ localDate: "2026-03-01", distanceMeters: 5000 }],
      distanceUnit: "mi",
    });
    expect(long.problems[0]?.message).toContain("12.4 mi");
  });
});
