import { formCheckedSchema } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { formCheckedEvent } from "./form-event.ts";
import { formTrend, trendSentence } from "./form-trend.ts";

const sure = (value: number) => ({ value, confidence: "high" as const, method: "test" });

function check(localDate: string, n: number, cadence: number, overstride: number) {
  return formCheckedEvent(
    { id: `0190a0a0-0000-7000-8000-00000000000${n}`, version: 1, occurredAt: `${localDate}T18:00:00Z`, localDate },
    {
      view: "side",
      cadenceStepsPerMinute: sure(cadence),
      trunkLeanDegrees: sure(5),
      overstrideLegLengths: sure(overstride),
      shinAngleDegrees: sure(6),
      verticalOscillationLegLengths: sure(0.08),
      contacts: [],
      typicalContact: { frameIndex: 0, timeSeconds: 0 },
      stepRhythm: [],
      analysedSeconds: 12,
      legLengthPixels: 280,
    },
  );
}

describe("form check events and their trend", () => {
  it("saves measures and confidence only, and the event is valid", () => {
    const event = check("2026-03-02", 1, 158.4, 0.38);
    expect(formCheckedSchema.parse(event)).toEqual(event);
    expect(JSON.stringify(event)).not.toMatch(/method|contacts|keypoints|frame/);
  });

  it("shows repeat checks as a trend, oldest first", () => {
    const rows = formTrend([
      check("2026-03-02", 1, 158.4, 0.38),
      { type: "run.logged", localDate: "2026-03-03" },
      check("2026-03-09", 2, 163, 0.3),
      check("2026-03-16", 3, 167.2, 0.24),
    ]);
    expect(rows.map((row) => row.cadenceStepsPerMinute)).toEqual([158.4, 163, 167.2]);
    expect(trendSentence(rows)).toBe("Cadence 158 → 167 steps/min over 3 checks; overstride 38% → 24% of leg length.");
    expect(trendSentence(rows.slice(0, 1))).toBeNull();
  });
});
