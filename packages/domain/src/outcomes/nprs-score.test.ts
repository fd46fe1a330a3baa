import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nprsScore } from "./nprs-score.ts";

describe("nprsScore", () => {
  it("is the mean of now, average and worst, to one decimal", () => {
    expect(nprsScore({ now0to10: 2, average0to10: 3, worst0to10: 5 })).toBe(3.3);
    expect(nprsScore({ now0to10: 0, average0to10: 0, worst0to10: 0 })).toBe(0);
    expect(nprsScore({ now0to10: 10, average0to10: 10, worst0to10: 10 })).toBe(10);
  });

  it("always lies between the lowest and the highest item", () => {
    const item = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(item, item, item, (now0to10, average0to10, worst0to10) => {
        const score = nprsScore({ now0to10, average0to10, worst0to10 });
        expect(score).toBeGreaterThanOrEqual(Math.min(now0to10, average0to10, worst0to10));
        expect(score).toBeLessThanOrEqual(Math.max(now0to10, average0to10, worst0to10));
      }),
    );
  });
});
