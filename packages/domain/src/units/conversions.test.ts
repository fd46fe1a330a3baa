import { describe, expect, it } from "vitest";
import { kgToPounds, metersToMiles, metersToUnit, milesToMeters, poundsToKg, unitToMeters } from "./conversions.ts";

describe("unit conversions", () => {
  it("converts miles and kilometres exactly", () => {
    expect(milesToMeters(1)).toBe(1609.344);
    expect(metersToMiles(1609.344 * 300)).toBeCloseTo(300, 9);
    expect(metersToUnit(5000, "km")).toBe(5);
    expect(unitToMeters(5, "mi")).toBeCloseTo(8046.72, 6);
  });
  it("converts the article's 5 lb weight to 2.3 kg", () => {
    expect(poundsToKg(5)).toBeCloseTo(2.268, 3);
    expect(kgToPounds(poundsToKg(5))).toBeCloseTo(5, 9);
  });
});
