import { describe, expect, it } from "vitest";
import { maintenanceReady, usualWeeklyDistance } from "./maintenance-ready.ts";

const runs = [
  // Before onboarding (2 Mar): best ISO week 20 km.
  { localDate: "2026-02-02", distanceMeters: 12_000 },
  { localDate: "2026-02-04", distanceMeters: 8000 },
  { localDate: "2026-02-10", distanceMeters: 9000 },
  // Last full week before 6 Apr: 30 Mar - 5 Apr.
  { localDate: "2026-03-31", distanceMeters: 11_000 },
  { localDate: "2026-04-02", distanceMeters: 10_000 },
];

describe("maintenance entry", () => {
  it("takes the told usual distance, else the best week before onboarding", () => {
    expect(usualWeeklyDistance({ told: 15_000, runs, onboardedOn: "2026-03-02" })).toBe(15_000);
    expect(usualWeeklyDistance({ told: null, runs, onboardedOn: "2026-03-02" })).toBe(20_000);
    expect(usualWeeklyDistance({ told: null, runs: [], onboardedOn: "2026-03-02" })).toBeNull();
  });
  it("needs 14 days of pain 0 and a full week at the usual distance", () => {
    const painFree = [
      { localDate: "2026-03-20", pain0to10: 2 },
      { localDate: "2026-03-25", pain0to10: 0 },
      { localDate: "2026-04-05", pain0to10: 0 },
    ];
    const base = { today: "2026-04-06", usualWeeklyDistanceMeters: 20_000, lastFullWeekMeters: 21_000 };
    expect(maintenanceReady({ ...base, painReadings: painFree }).ready).toBe(true);
    const stillSore = [...painFree, { localDate: "2026-03-30", pain0to10: 1 }];
    expect(maintenanceReady({ ...base, painReadings: stillSore }).painFree).toBe(false);
    expect(maintenanceReady({ ...base, painReadings: [] }).painFree).toBe(false);
    expect(maintenanceReady({ ...base, painReadings: painFree, usualWeeklyDistanceMeters: 25_000 }).ready).toBe(false);
    expect(maintenanceReady({ ...base, painReadings: painFree, usualWeeklyDistanceMeters: null }).ready).toBe(false);
  });
});
