import { describe, expect, it } from "vitest";
import { formCauseNote } from "./form-cause-note.ts";

const check = (localDate: string, overstride: number) => ({
  id: `id-${localDate}`,
  type: "form.checked",
  localDate,
  view: "side",
  measures: {
    cadenceStepsPerMinute: { value: 160, confidence: "high" },
    overstrideLegLengths: { value: overstride, confidence: "medium" },
  },
});

describe("formCauseNote", () => {
  it("says nothing without a side-view check", () => {
    expect(formCauseNote([{ type: "run.logged", localDate: "2026-03-02" }])).toBeNull();
  });

  it("points at overstriding from the latest check", () => {
    expect(formCauseNote([check("2026-03-02", 0.2), check("2026-03-09", 0.42)])).toMatch(
      /landing 42% of your leg length ahead of your hips \(target 30% or less\): a sign of overstriding/,
    );
    expect(formCauseNote([check("2026-03-09", 0.24)])).toMatch(/overstriding looks less likely/);
  });
});
