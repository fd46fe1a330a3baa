import { describe, expect, it } from "vitest";
import { meanDifferenceTest } from "./mean-difference-test.ts";
import { seededRandom } from "./seeded-random.ts";

describe("meanDifferenceTest", () => {
  it("finds a clear difference, with an interval around it", () => {
    const result = meanDifferenceTest({
      withExposure: [3, 4, 3, 5, 4],
      withoutExposure: [1, 0, 1, 2, 1, 0, 1, 1, 2, 0],
      random: seededRandom(1),
    });
    expect(result.meanWith).toBe(3.8);
    expect(result.meanWithout).toBe(0.9);
    expect(result.difference).toBeCloseTo(2.9);
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.interval[0]).toBeGreaterThan(1.5);
    expect(result.interval[1]).toBeLessThan(4.5);
    expect(result.interval[0]).toBeLessThanOrEqual(result.difference);
    expect(result.interval[1]).toBeGreaterThanOrEqual(result.difference);
  });

  it("gives p = 1 when every value is equal", () => {
    const result = meanDifferenceTest({
      withExposure: [2, 2, 2, 2],
      withoutExposure: [2, 2, 2, 2, 2],
      random: seededRandom(2),
    });
    expect(result.pValue).toBe(1);
    expect(result.interval).toEqual([0, 0]);
  });

  it("is one-sided: lower pain with the exposure is no finding", () => {
    const result = meanDifferenceTest({
      withExposure: [0, 0, 1, 0],
      withoutExposure: [3, 4, 3, 5, 4, 3],
      random: seededRandom(3),
    });
    expect(result.pValue).toBeGreaterThan(0.9);
  });

  it("gives the same answer for the same seed", () => {
    const input = { withExposure: [2, 3, 1, 4], withoutExposure: [1, 2, 0, 1, 2] };
    const a = meanDifferenceTest({ ...input, random: seededRandom(9) });
    const b = meanDifferenceTest({ ...input, random: seededRandom(9) });
    expect(a).toEqual(b);
  });
});
