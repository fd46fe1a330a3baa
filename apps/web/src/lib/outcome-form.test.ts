import type { OutcomeRecord } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { emptyOutcomeForm, importantChangeLines, outcomeFields, outcomeFormProblems } from "./outcome-form.ts";

const record = (painScore: number, activityScore: number | null): OutcomeRecord => ({
  eventId: "e1",
  timepoint: "baseline",
  localDate: "2026-03-02",
  nprs: { now0to10: 5, average0to10: 6, worst0to10: 7 },
  painScore,
  psfs: [{ activity: "run 5 km", score0to10: 2 }],
  activityScore,
  globalChange: null,
});

describe("outcome form", () => {
  it("brings back last time's activities", () => {
    const form = emptyOutcomeForm([record(6, 2)]);
    expect(form.activities.map((row) => row.activity)).toEqual(["run 5 km", "", ""]);
  });

  it("lists what is missing and saves nothing until complete", () => {
    const form = emptyOutcomeForm([]);
    expect(outcomeFormProblems(form, true)).toHaveLength(3);
    expect(outcomeFields(form, "week-2", true)).toBeNull();
  });

  it("builds the event fields, with the global rating only when asked", () => {
    const form = {
      now: 2,
      average: 3,
      worst: 5,
      activities: [
        { activity: " run 5 km ", score: 4 },
        { activity: "", score: null },
        { activity: "", score: null },
      ],
      globalChange: 3,
    };
    expect(outcomeFields(form, "week-2", true)).toEqual({
      type: "outcomes.recorded",
      timepoint: "week-2",
      nprs: { now0to10: 2, average0to10: 3, worst0to10: 5 },
      psfs: [{ activity: "run 5 km", score0to10: 4 }],
      groc: 3,
    });
    expect(outcomeFields(form, "baseline", false)).not.toHaveProperty("groc");
  });

  it("refuses a score without an activity", () => {
    const form = { ...emptyOutcomeForm([]), now: 1, average: 1, worst: 1 };
    form.activities = [
      { activity: "", score: 4 },
      { activity: "", score: null },
      { activity: "", score: null },
    ];
    expect(outcomeFormProblems(form, false)).toContain("Give each scored activity a name.");
  });

  it("draws the important-change lines from the baseline", () => {
    expect(importantChangeLines([record(6, 2)])).toEqual({ painBelow: 4.2, activitiesAbove: 3.4 });
    expect(importantChangeLines([record(8, 2)])).toEqual({ painBelow: 6, activitiesAbove: 3.4 });
    expect(importantChangeLines([record(0.5, 9)])).toEqual({ painBelow: null, activitiesAbove: null });
    expect(importantChangeLines([])).toEqual({ painBelow: null, activitiesAbove: null });
  });
});
