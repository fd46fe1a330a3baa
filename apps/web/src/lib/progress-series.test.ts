import type { BackstrideEvent } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { cadenceSeries, dayX, painSeries, sessionsPerWeek, weeklyLoad } from "./progress-series.ts";

let n = 0;
function base(localDate: string) {
  n += 1;
  return {
    id: `0190a1b2-0000-7000-8000-${String(n).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T08:00:00+00:00`,
    localDate,
  };
}

function run(
  localDate: string,
  km: number,
  extra: Partial<BackstrideEvent & { type: "run.logged" }> = {},
): BackstrideEvent {
  return {
    ...base(localDate),
    type: "run.logged",
    distanceMeters: km * 1000,
    durationSeconds: km * 360,
    surface: "asphalt",
    source: "manual",
    ...extra,
  } as BackstrideEvent;
}

describe("painSeries", () => {
  it("keeps the day's highest score for each kind, with gaps as null", () => {
    const events: BackstrideEvent[] = [
      run("2026-03-02", 3, { painDuring0to10: 1, painAfter0to10: 2 }),
      run("2026-03-02", 2, { painDuring0to10: 4 }),
      { ...base("2026-03-03"), type: "pain.checkin", pain0to10: 2, legSymptoms: false },
    ];
    expect(painSeries(events)).toEqual({
      dates: ["2026-03-02", "2026-03-03"],
      during: [4, null],
      after: [2, null],
      checkIn: [null, 2],
    });
  });
});

describe("weeklyLoad", () => {
  it("totals ISO weeks and draws last week + 10% as the cap", () => {
    const events = [run("2026-02-23", 10), run("2026-03-01", 10), run("2026-03-02", 5), run("2026-03-04", 8)];
    const load = weeklyLoad(events, "2026-03-05", 3);
    expect(load.weekStarts).toEqual(["2026-02-16", "2026-02-23", "2026-03-02"]);
    expect(load.meters).toEqual([0, 20_000, 13_000]);
    expect(load.capMeters[0]).toBeNull();
    expect(load.capMeters[1]).toBeNull();
    expect(load.capMeters[2]).toBeCloseTo(22_000, 6);
  });
});

describe("cadenceSeries and sessionsPerWeek", () => {
  it("averages cadence per day and counts sessions per week", () => {
    const events: BackstrideEvent[] = [
      run("2026-03-02", 5, { cadenceStepsPerMinute: 160 }),
      run("2026-03-02", 5, { cadenceStepsPerMinute: 165 }),
      run("2026-03-03", 5),
      {
        ...base("2026-03-03"),
        type: "session.completed",
        kind: "rehab-circuit",
        durationSeconds: 720,
        endedEarly: false,
      },
      {
        ...base("2026-03-03"),
        type: "session.completed",
        kind: "walk-run",
        durationSeconds: 1440,
        endedEarly: false,
      },
    ];
    expect(cadenceSeries(events)).toEqual({ dates: ["2026-03-02"], stepsPerMinute: [163] });
    expect(sessionsPerWeek(events, "2026-03-04", 2)).toEqual({
      weekStarts: ["2026-02-23", "2026-03-02"],
      sessions: [0, 2],
      activeDays: [0, 1],
    });
  });

  it("places days on the chart at UTC midnight", () => {
    expect(dayX("2026-03-02")).toBe(Date.UTC(2026, 2, 2) / 1000);
  });
});
