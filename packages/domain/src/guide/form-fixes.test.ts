import { describe, expect, it } from "vitest";
import { cadenceMetronome, downhillStrategy, filmFormWeekly, tallPlankDrill } from "./form-fixes.ts";

describe("form fixes", () => {
  it("targets 170-180 steps a minute, 5% at a time, without claiming a cure", () => {
    expect(cadenceMetronome.targetMinStepsPerMinute).toBe(170);
    expect(cadenceMetronome.targetMaxStepsPerMinute).toBe(180);
    expect(cadenceMetronome.summary).toMatch(/170-180 steps a minute/);
    expect(cadenceMetronome.points.join(" ")).toMatch(/5% at a time/);
    expect(cadenceMetronome.caveats?.join(" ")).toMatch(/not been studied in runners with back pain/);
  });

  it("runs the tall-plank drill for 20 seconds every mile", () => {
    expect(tallPlankDrill.durationSeconds).toBe(20);
    expect(tallPlankDrill.everyMeters).toBeCloseTo(1609.344, 6);
    expect(tallPlankDrill.points[0]).toMatch(/rope/);
  });

  it("shortens the stride and leans from the ankles downhill", () => {
    expect(downhillStrategy.summary).toMatch(/shorter steps/);
    expect(downhillStrategy.summary).toMatch(/ankles/);
  });

  it("films form weekly", () => {
    expect(filmFormWeekly.everyDays).toBe(7);
  });
});
