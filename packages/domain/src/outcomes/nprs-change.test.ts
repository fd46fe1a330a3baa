import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nprsChange } from "./nprs-change.ts";

describe("nprsChange (Ostelo 2008: 2 points or 30%)", () => {
  it("calls a fall of 2 points or more important, with the figures in words", () => {
    const change = nprsChange({ fromScore: 6, toScore: 3.3 });
    expect(change).toMatchObject({ changePoints: -2.7, direction: "better", important: true });
    expect(change.words).toBe(
      "Pain fell from 6.0 to 3.3 (2.7 points, 45% less): past the 2 points or 30% that counts as a real improvement.",
    );
    expect(change.source.id).toBe("ostelo-2008");
  });

  it("calls a 30% fall important even under 2 points", () => {
    expect(nprsChange({ fromScore: 4, toScore: 2.7 })).toMatchObject({ important: true, direction: "better" });
  });

  it("does not call a small fall important, and says so", () => {
    const change = nprsChange({ fromScore: 5, toScore: 4 });
    expect(change.important).toBe(false);
    expect(change.words).toContain("not yet the 2 points or 30%");
  });

  it("needs at least one point for the 30% reading near zero", () => {
    expect(nprsChange({ fromScore: 0.7, toScore: 0.3 }).important).toBe(false);
    expect(nprsChange({ fromScore: 3, toScore: 2 }).important).toBe(true);
  });

  it("says a real rise plainly", () => {
    const change = nprsChange({ fromScore: 2, toScore: 4.3 });
    expect(change).toMatchObject({ direction: "worse", important: true });
    expect(change.words).toMatch(/^Pain rose from 2.0 to 4.3/);
  });

  it("reads no change as unchanged", () => {
    expect(nprsChange({ fromScore: 3, toScore: 3 })).toMatchObject({ direction: "same", important: false });
  });

  it("is important whenever the change is 2 points or more, in either direction", () => {
    const score = fc.integer({ min: 0, max: 100 }).map((tenths) => tenths / 10);
    fc.assert(
      fc.property(score, score, (fromScore, toScore) => {
        const change = nprsChange({ fromScore, toScore });
        if (Math.abs(toScore - fromScore) >= 2) expect(change.important).toBe(true);
        if (Math.abs(toScore - fromScore) < 1) expect(change.important).toBe(false);
        expect(change.words.length).toBeGreaterThan(20);
      }),
    );
  });
});
