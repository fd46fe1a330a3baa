import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { cadenceTarget, stepsPerMinuteFromStrides } from "./cadence-target.ts";

const rules = defaultProtocol.cadence;

describe("cadenceTarget", () => {
  it("gives the 170–180 band when nothing is measured", () => {
    const target = cadenceTarget({ rules });
    expect(target.status).toBe("unknown");
    expect(target.nextTargetStepsPerMinute).toBe(170);
    expect(target.message).toContain("170–180");
  });
  it("steps +5% from a measured cadence below the band", () => {
    const target = cadenceTarget({ measuredStepsPerMinute: 156, rules });
    expect(target.status).toBe("below");
    expect(target.nextTargetStepsPerMinute).toBe(164);
  });
  it("caps the step at the band's top", () => {
    expect(cadenceTarget({ measuredStepsPerMinute: 169, rules }).nextTargetStepsPerMinute).toBe(177);
    expect(
      cadenceTarget({ measuredStepsPerMinute: 172, rules: { ...rules, targetMinStepsPerMinute: 175 } })
        .nextTargetStepsPerMinute,
    ).toBe(180);
  });
  it("keeps a cadence inside the band, and does not lower one above it", () => {
    expect(cadenceTarget({ measuredStepsPerMinute: 174, rules }).nextTargetStepsPerMinute).toBe(174);
    expect(cadenceTarget({ measuredStepsPerMinute: 186, rules }).status).toBe("above");
  });
  it("cites Heiderscheit and Anderson and says no study is in back-pain runners", () => {
    const target = cadenceTarget({ rules });
    expect(target.sources.map((s) => s.id)).toEqual(["article", "heiderscheit-2011", "anderson-2022"]);
    expect(target.evidenceNote).toContain("no cadence study");
  });
  it("doubles a per-foot cadence", () => {
    expect(stepsPerMinuteFromStrides(85)).toBe(170);
  });
});
