import type { BackstrideEvent } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import { weeklyReview } from "./weekly-review.ts";

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

// Wednesday 11 March 2026; the ISO week starts Monday 9 March.
const plan = {
  today: "2026-03-11",
  week7: [
    { date: "2026-03-11", impactAllowed: true, summary: "Walk/run 2", done: true },
    { date: "2026-03-12", impactAllowed: true, summary: "Circuit", done: false },
    { date: "2026-03-13", impactAllowed: true, summary: "Walk/run 2", done: false },
  ],
  nextMilestone: { title: "Walk/run week 3", detail: "", date: "2026-03-16" },
};

const events: BackstrideEvent[] = [
  { ...base("2026-03-04"), type: "pain.checkin", pain0to10: 4, legSymptoms: false },
  { ...base("2026-03-09"), type: "session.completed", kind: "rehab-circuit", durationSeconds: 900, endedEarly: false },
  {
    ...base("2026-03-10"),
    type: "run.logged",
    distanceMeters: 3000,
    durationSeconds: 1200,
    surface: "trail",
    source: "manual",
  },
  { ...base("2026-03-10"), type: "pain.checkin", pain0to10: 2, legSymptoms: false },
];

describe("weeklyReview", () => {
  it("says the week in a few lines", () => {
    const review = weeklyReview({
      events,
      plan,
      outcomesDue: { timepoint: "week-2", dueDate: "2026-03-16", asksGlobalChange: true, title: "Your week-2 check" },
      suggestion: "Your log suggests downhills: try the downhill strategy this week.",
      formatMeters: (meters) => `${meters / 1000} km`,
    });
    expect(review.lines).toEqual([
      "This week: 1 session and 1 run (3 km).",
      "Pain at check-ins averaged 2.0 out of 10, against 4.0 last week.",
      "Your week-2 check is due: answer it under Measures.",
      "Your log suggests downhills: try the downhill strategy this week.",
      "Coming days: Circuit, Walk/run 2.",
      "Next milestone: Walk/run week 3.",
    ]);
  });

  it("says when there is no check-in yet", () => {
    const review = weeklyReview({
      events: [],
      plan: { ...plan, week7: [], nextMilestone: null },
      outcomesDue: null,
      suggestion: null,
      formatMeters: String,
    });
    expect(review.lines).toEqual(["This week: 0 sessions and 0 runs.", "No pain check-in this week yet."]);
  });
});
