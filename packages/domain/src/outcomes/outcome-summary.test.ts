import { describe, expect, it } from "vitest";
import type { BackstrideEvent } from "../events/events.ts";
import { outcomeSummary, planStartDate } from "./outcome-summary.ts";

let counter = 0;
function base(localDate: string) {
  counter += 1;
  return {
    id: `0195c2a0-7c1e-7000-8000-${String(counter).padStart(12, "0")}`,
    version: 1 as const,
    occurredAt: `${localDate}T08:00:00+00:00`,
    localDate,
  };
}

const events: BackstrideEvent[] = [
  {
    ...base("2026-03-02"),
    type: "episode.reported",
    pain0to10: 5,
    onsetAt: "2026-03-01T18:00:00+00:00",
    legSymptoms: false,
  },
  {
    ...base("2026-03-02"),
    type: "outcomes.recorded",
    timepoint: "baseline",
    nprs: { now0to10: 5, average0to10: 6, worst0to10: 7 },
    psfs: [{ activity: "run 5 km", score0to10: 2 }],
  },
  {
    ...base("2026-03-16"),
    type: "outcomes.recorded",
    timepoint: "week-2",
    nprs: { now0to10: 2, average0to10: 3, worst0to10: 4 },
    psfs: [{ activity: "run 5 km", score0to10: 5 }],
    groc: 4,
  },
];

describe("outcomeSummary", () => {
  it("starts the plan at the episode", () => {
    expect(planStartDate(events)).toBe("2026-03-02");
  });

  it("scores each record and compares the latest with the baseline", () => {
    const summary = outcomeSummary({ events, today: "2026-03-20", dischargeFrom: null });
    expect(summary.records.map((record) => [record.timepoint, record.painScore, record.activityScore])).toEqual([
      ["baseline", 6, 2],
      ["week-2", 3, 5],
    ]);
    expect(summary.painChange).toMatchObject({ changePoints: -3, important: true });
    expect(summary.activityChange).toMatchObject({ changePoints: 3, important: true });
    expect(summary.due).toBeNull();
  });

  it("has nothing to compare with one record, and asks for week 2 when it is due", () => {
    const summary = outcomeSummary({ events: events.slice(0, 2), today: "2026-03-16", dischargeFrom: null });
    expect(summary.painChange).toBeNull();
    expect(summary.due?.timepoint).toBe("week-2");
  });
});
