import { describe, expect, it } from "vitest";
import { painAdvice, painAnchors, painLabel, reachesStopLine } from "./pain-scale.ts";

describe("pain scale", () => {
  it("uses the agreed anchor words", () => {
    expect(painAnchors).toEqual({ 0: "No pain", 3: "Stop running", 10: "Worst imaginable" });
    expect(painLabel(0)).toBe("0 – No pain");
    expect(painLabel(3)).toBe("3 – Stop running");
    expect(painLabel(10)).toBe("10 – Worst imaginable");
  });

  it("stops at the threshold, not below", () => {
    expect(reachesStopLine(2)).toBe(false);
    expect(reachesStopLine(3)).toBe(true);
    expect(reachesStopLine(3, 4)).toBe(false);
    expect(painAdvice(2)).toMatch(/below the stop line/);
    expect(painAdvice(4)).toMatch(/stop running now/);
  });
});
