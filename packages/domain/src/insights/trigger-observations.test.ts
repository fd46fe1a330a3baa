import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "../events/events.ts";
import { triggerObservations } from "./trigger-observations.ts";

let counter = 0;
const base = (localDate: string) => {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T08:00:00+00:00`,
    localDate,
  };
};
const run = (
  localDate: string,
  fields: Partial<Extract<BackstrideEvent, { type: "run.logged" }>> = {},
): BackstrideEvent => ({
  ...base(localDate),
  type: "run.logged",
  distanceMeters: 5000,
  durationSeconds: 1800,
  surface: "asphalt",
  source: "manual",
  ...fields,
});
const checkIn = (localDate: string, pain0to10: number): BackstrideEvent => ({
  ...base(localDate),
  type: "pain.checkin",
  pain0to10,
  legSymptoms: false,
});

describe("triggerObservations", () => {
  it("pairs each run with the highest pain of the next day, flare-ups included, and skips runs without one", () => {
    const events: BackstrideEvent[] = [
      run("2026-03-01"),
      checkIn("2026-03-02", 2),
      { ...base("2026-03-02"), type: "flare-up.reported", pain0to10: 6 },
      run("2026-03-05"),
    ];
    const observations = triggerObservations({ events, shoes: [], cadenceTargetMin: 170 });
    expect(observations).toHaveLength(1);
    expect(observations[0]?.nextDayPain0to10).toBe(6);
  });

  it("reads each trigger from the run and what came before it", () => {
    const events: BackstrideEvent[] = [
      run("2026-03-01", { distanceMeters: 5000, surface: "concrete" }),
      run("2026-03-02", { distanceMeters: 5000, surface: "concrete" }),
      run("2026-03-03", { distanceMeters: 5000 }),
      run("2026-03-04", {
        distanceMeters: 8000,
        surface: "concrete",
        shoeId: "old",
        downhillShare: 0.12,
        elevationLossMeters: 150,
        cadenceStepsPerMinute: 160,
      }),
      checkIn("2026-03-05", 4),
    ];
    const [observation] = triggerObservations({
      events,
      shoes: [{ id: "old", startDistanceMeters: 500_000, dropMm: 4 }],
      cadenceTargetMin: 170,
    });
    expect(observation?.exposures).toEqual({
      downhill: true,
      descent: true,
      "weekly-jump": null,
      "single-run-spike": true,
      "concrete-back-to-back": false,
      "worn-shoes": true,
      "low-drop-shoes": true,
      "low-cadence": true,
      "no-rest-day": true,
    });
  });

  it("says nothing about what a run does not record", () => {
    const [observation] = triggerObservations({
      events: [run("2026-03-01", { surface: "unknown" }), checkIn("2026-03-02", 1)],
      shoes: [],
      cadenceTargetMin: 170,
    });
    expect(observation?.exposures).toMatchObject({
      downhill: null,
      descent: null,
      "single-run-spike": null,
      "concrete-back-to-back": null,
      "worn-shoes": null,
      "low-cadence": null,
      "no-rest-day": false,
    });
  });

  it("compares the week with the week before", () => {
    const events: BackstrideEvent[] = [
      run("2026-03-01", { distanceMeters: 10_000 }),
      run("2026-03-09", { distanceMeters: 12_000 }),
      checkIn("2026-03-10", 3),
    ];
    const [observation] = triggerObservations({ events, shoes: [], cadenceTargetMin: 170 });
    expect(observation?.exposures["weekly-jump"]).toBe(true);
  });
});
