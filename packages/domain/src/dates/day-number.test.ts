import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber, toDayNumber } from "./day-number.ts";

describe("day numbers", () => {
  it("counts from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2000-03-01")).toBe(11_017);
    expect(fromDayNumber(20_517)).toBe("2026-03-05");
  });
  it("agrees with Date.UTC on every day from 1900 to 2200, both ways", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (dayNumber) => {
        const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(dayNumber)).toBe(iso);
        expect(toDayNumber(iso)).toBe(dayNumber);
      }),
      { numRuns: 2000 },
    );
  });
});
