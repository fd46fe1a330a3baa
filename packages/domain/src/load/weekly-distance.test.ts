import { describe, expect, it } from "vitest";
import { weeklyDistanceMeters, weeklyDistances } from "./weekly-distance.ts";

const runs = [
  { localDate: "2026-03-08", distanceMeters: 4000 }, // Sunday, previous ISO week
  { localDate: "2026-03-09", distanceMeters: 5000 }, // Monday
  { localDate: "2026-03-12", distanceMeters: 3000 },
  { localDate: "2026-03-15", distanceMeters: 2000 }, // Sunday, same week
  { localDate: "2026-03-16", distanceMeters: 6000 }, // next Monday
];

describe("weekly distance in ISO weeks", () => {
  it("totals Monday to Sunday of the week containing the date", () => {
    expect(weeklyDistanceMeters({ runs, date: "2026-03-11" })).toBe(10_000);
    expect(weeklyDistanceMeters({ runs, date: "2026-03-08" })).toBe(4000);
  });
  it("counts only days before `before` when asked", () => {
    expect(weeklyDistanceMeters({ runs, date: "2026-03-12", before: "2026-03-12" })).toBe(5000);
  });
  it("lists weeks in date order keyed by Monday", () => {
    expect(weeklyDistances({ runs })).toEqual([
      { weekStart: "2026-03-02", distanceMeters: 4000 },
      { weekStart: "2026-03-09", distanceMeters: 10_000 },
      { weekStart: "2026-03-16", distanceMeters: 6000 },
    ]);
  });
});
