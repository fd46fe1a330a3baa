import { describe, expect, it } from "vitest";
import { assessNoImprovement, improvedSince, isImportantImprovement, type PainReading } from "./no-improvement.ts";

const change = { points: 2, share: 0.3 };

function daily(values: number[], start = 1): PainReading[] {
  return values.map((pain0to10, index) => ({
    localDate: `2026-03-${String(start + index).padStart(2, "0")}`,
    pain0to10,
  }));
}

describe("no better after 2 weeks, from daily readings (article; Ostelo 2008)", () => {
  it("14 daily check-ins at 5 raise it (the old two-readings-14-days-apart rule never did)", () => {
    const result = assessNoImprovement({ readings: daily(Array(14).fill(5)), windowDays: 14, change });
    expect(result.flagged).toBe(true);
  });

  it("needs at least 10 readings in the window", () => {
    expect(assessNoImprovement({ readings: daily(Array(9).fill(5)), windowDays: 14, change }).status).toBe(
      "not-enough-data",
    );
    expect(assessNoImprovement({ readings: daily(Array(10).fill(5)), windowDays: 14, change }).flagged).toBe(true);
  });

  it("compares the median of the first three days with the median of the last three", () => {
    // One bad day at the end does not hide two better ones: median of 2, 2, 6 is 2.
    const readings = daily([5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 6]);
    expect(assessNoImprovement({ readings, windowDays: 14, change }).status).toBe("below-stop");
  });

  it("2 points or 30% better is improving; 1 point from 5 is not", () => {
    expect(
      assessNoImprovement({ readings: daily([6, 6, 6, 5, 5, 5, 5, 5, 4, 4, 4, 4]), windowDays: 14, change }).status,
    ).toBe("improving");
    expect(
      assessNoImprovement({ readings: daily([5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4]), windowDays: 14, change }).flagged,
    ).toBe(true);
    expect(isImportantImprovement(10, 7, change)).toBe(true); // 30% of 10
    expect(isImportantImprovement(5, 4, change)).toBe(false);
  });

  it("pain below 3 is not flagged however flat", () => {
    expect(assessNoImprovement({ readings: daily(Array(14).fill(2)), windowDays: 14, change }).flagged).toBe(false);
  });

  it("closes only when the last three days are importantly better than the baseline it was raised on", () => {
    expect(improvedSince({ baseline0to10: 5, readings: daily([5, 4, 4]), change })).toBeNull();
    expect(improvedSince({ baseline0to10: 5, readings: daily([3, 3, 3]), change })).toBe(3);
    expect(improvedSince({ baseline0to10: 5, readings: daily([3, 3]), change })).toBeNull();
  });
});
