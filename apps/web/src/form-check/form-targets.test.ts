import { describe, expect, it } from "vitest";
import type { Measured, SideViewMeasures } from "./form-analysis.ts";
import { cadenceLine, metricLines } from "./form-targets.ts";

const sure = (value: number): Measured => ({ value, confidence: "high", method: "test" });

function sideMeasures(overrides: Partial<SideViewMeasures> = {}): SideViewMeasures {
  return {
    view: "side",
    cadenceStepsPerMinute: sure(170),
    trunkLeanDegrees: sure(6),
    overstrideLegLengths: sure(0.2),
    shinAngleDegrees: sure(5),
    verticalOscillationLegLengths: sure(0.08),
    contacts: [],
    typicalContact: { frameIndex: 0, timeSeconds: 0 },
    stepRhythm: [],
    analysedSeconds: 12,
    legLengthPixels: 280,
    ...overrides,
  };
}

describe("form targets and cues", () => {
  it("steps a slow cadence up by 5% with the metronome", () => {
    const line = cadenceLine(sure(158));
    expect(line.cue).toBe("Cadence 158: set the metronome to 166.");
    expect(line.verdict).toBe("work-on");
    expect(line.targetText).toBe("170–180 steps/min");
  });

  it("keeps a cadence inside the band", () => {
    expect(cadenceLine(sure(172.4)).cue).toBe("Cadence 172: inside 170–180, keep it.");
  });

  it("says unsure rather than judging a measure of low confidence", () => {
    expect(cadenceLine({ value: 150, confidence: "low", method: "test" }).verdict).toBe("unsure");
  });

  it("flags overstriding and a waist bend, and praises a tall slight lean", () => {
    const lines = metricLines(sideMeasures({ overstrideLegLengths: sure(0.45), trunkLeanDegrees: sure(16) }));
    const byKey = Object.fromEntries(lines.map((line) => [line.key, line]));
    expect(byKey.overstride?.verdict).toBe("work-on");
    expect(byKey["trunk-lean"]?.cue).toMatch(/rope pulled your head up/);
    const good = Object.fromEntries(metricLines(sideMeasures()).map((line) => [line.key, line]));
    expect(good["trunk-lean"]?.verdict).toBe("on-target");
    expect(good.overstride?.cue).toBe("Your foot lands close under you: keep it.");
  });

  it("judges the number as shown: a bounce shown as 10% meets a 10% target", () => {
    const lines = metricLines(sideMeasures({ verticalOscillationLegLengths: sure(0.101) }));
    expect(lines.find((line) => line.key === "vertical-oscillation")?.verdict).toBe("on-target");
  });
});
