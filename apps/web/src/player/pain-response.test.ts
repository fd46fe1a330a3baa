import { describe, expect, it } from "vitest";
import { painResponse } from "./pain-response.ts";

const rules = { stopThreshold0to10: 3, noImpactDaysMin: 3, noImpactDaysMax: 5 };

describe("painResponse", () => {
  it("lets the session go on below the threshold", () => {
    const response = painResponse({ pain0to10: 2, rules, mode: "walk-run" });
    expect(response.stop).toBe(false);
    expect(response.steps[0]).toContain("3/10");
  });

  it("stops at the threshold with what to do next", () => {
    const response = painResponse({
      pain0to10: 3,
      rules,
      mode: "walk-run",
      iceHeat: { iceSeconds: 600, heatSeconds: 900 },
    });
    expect(response.stop).toBe(true);
    expect(response.steps.join(" ")).toMatch(
      /Stop running now.*Walk home.*ice pack 10 minutes.*heat 15 minutes.*3 to 5 days.*repeat this week/,
    );
  });

  it("follows the protocol's threshold and days", () => {
    const strict = { stopThreshold0to10: 2, noImpactDaysMin: 3, noImpactDaysMax: 3 };
    const response = painResponse({ pain0to10: 2, rules: strict, mode: "circuit" });
    expect(response.stop).toBe(true);
    expect(response.steps[0]).toBe("Stop the session now.");
    expect(response.steps.join(" ")).toContain("for 3 days");
  });

  it("does not send someone already icing off to ice", () => {
    const response = painResponse({ pain0to10: 5, rules, mode: "ice-heat" });
    expect(response.stop).toBe(true);
    expect(response.steps.join(" ")).not.toContain("At home");
    expect(response.steps[1]).toContain("Take the pack off");
  });
});
