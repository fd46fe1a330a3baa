import { describe, expect, it } from "vitest";
import { dontRushBack, painScaleAnchors, painTracking } from "./pain-tracking.ts";

describe("pain tracking", () => {
  it("labels 0, 3 and 10 on the pain scale", () => {
    expect(painScaleAnchors).toEqual([
      { pain0to10: 0, label: "No pain" },
      { pain0to10: 3, label: "Stop running" },
      { pain0to10: 10, label: "Worst pain imaginable" },
    ]);
  });

  it("stops at 3/10 with 3-5 days off impact", () => {
    expect(painTracking.summary).toMatch(/3\/10/);
    expect(painTracking.points.join(" ")).toMatch(/3-5 days/);
  });

  it("keeps the 72-hour relief and the 3-week rebuild", () => {
    const text = dontRushBack.points.join(" ");
    expect(text).toMatch(/72 hours/);
    expect(text).toMatch(/10% a week/);
  });
});
