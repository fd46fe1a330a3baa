import { describe, expect, it } from "vitest";
import { cycling, poolWalking, treadmill } from "./cross-training.ts";

describe("cross-training", () => {
  it("walks chest-deep in the pool for 20 minutes", () => {
    expect(poolWalking.durationSeconds).toBe(1200);
    expect(poolWalking.summary).toMatch(/chest-deep/);
  });

  it("asks for an upright bike fit with a slight knee bend at the bottom", () => {
    const text = cycling.points.join(" ");
    expect(text).toMatch(/upright/);
    expect(text).toMatch(/slightly bent/);
  });

  it("sets the treadmill to at least 1% incline and lists pros and cons", () => {
    expect(treadmill.minInclinePercent).toBe(1);
    expect(treadmill.pros.length).toBeGreaterThan(0);
    expect(treadmill.cons.length).toBeGreaterThan(0);
  });
});
