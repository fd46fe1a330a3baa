import { describe, expect, it } from "vitest";
import { complianceDays } from "../coaching/adherence.ts";
import type { BackstrideEvent } from "../events/events.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { type WeekAdherence, weekAdherenceWords, weeklyAdherence } from "./weekly-adherence.ts";

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
const circuit = (localDate: string, pain0to10 = 1): BackstrideEvent => ({
  ...base(localDate),
  type: "session.completed",
  kind: "rehab-circuit",
  durationSeconds: 900,
  painDuring0to10: pain0to10,
  painAfter0to10: pain0to10,
  endedEarly: false,
});

// Onboarded on Monday 2 March with no pain at the door: the rebuild circuit is planned from then on.
const start: BackstrideEvent[] = [
  { ...base("2026-03-02"), type: "triage.answered", answers: {}, context: "onboarding" },
  { ...base("2026-03-02"), type: "causes.assessed", answers: {} },
];
// Every circuit of the first week done, none in the second.
const firstWeekDone = [
  "2026-03-02",
  "2026-03-03",
  "2026-03-04",
  "2026-03-05",
  "2026-03-06",
  "2026-03-07",
  "2026-03-08",
];
const events = [...start, ...firstWeekDone.map(circuit)];

describe("weeklyAdherence", () => {
  const weeks = weeklyAdherence({
    events,
    protocol: defaultProtocol,
    from: "2026-03-02",
    to: "2026-03-31",
    today: "2026-03-18",
  });

  it("has one row per ISO week of the period up to today", () => {
    expect(weeks.map((week) => week.weekStart)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(weeks.map((week) => week.dayCount)).toEqual([7, 7, 3]);
  });

  it("counts what the plan asked each past day against what was done", () => {
    const [first, second] = weeks;
    expect(first?.plannedTasks).toBeGreaterThan(0);
    expect(first?.doneTasks).toBeGreaterThan(0);
    expect(first?.missedDays).toBe(0);
    expect(second?.doneTasks).toBe(0);
    expect(second?.plannedTasks).toBeGreaterThan(0);
    expect(second?.missedDays).toBeGreaterThan(0);
  });

  it("agrees with the compliance calendar's own day judgements", () => {
    const days = complianceDays({
      events,
      protocol: defaultProtocol,
      from: "2026-03-09",
      to: "2026-03-15",
      today: "2026-03-18",
    });
    expect(weeks[1]?.plannedTasks).toBe(days.reduce((sum, day) => sum + day.planned.length, 0));
    expect(weeks[1]?.missedDays).toBe(days.filter((day) => day.status === "missed").length);
  });

  it("never counts today as missed: today's planned tasks count only once done", () => {
    const morning = weeklyAdherence({
      events,
      protocol: defaultProtocol,
      from: "2026-03-18",
      to: "2026-03-18",
      today: "2026-03-18",
    });
    expect(morning).toEqual([
      {
        weekStart: "2026-03-16",
        dayCount: 1,
        plannedTasks: 0,
        doneTasks: 0,
        missedDays: 0,
        painStopDays: 0,
        openTodayTasks: expect.any(Number),
      },
    ]);
    const evening = weeklyAdherence({
      events: [...events, circuit("2026-03-18")],
      protocol: defaultProtocol,
      from: "2026-03-18",
      to: "2026-03-18",
      today: "2026-03-18",
    });
    expect(evening[0]?.plannedTasks).toBe(evening[0]?.doneTasks);
    expect(evening[0]?.doneTasks).toBeGreaterThan(0);
    expect(morning[0]?.openTodayTasks).toBeGreaterThan(0);
    expect(weekAdherenceWords(morning[0] as WeekAdherence)).toMatch(
      /^Week of Mon 16 Mar 2026: \d+ planned today, not done yet$/,
    );
  });

  it("counts a day stopped for pain", () => {
    const stopped = weeklyAdherence({
      events: [...start, circuit("2026-03-03", 5)],
      protocol: defaultProtocol,
      from: "2026-03-02",
      to: "2026-03-08",
      today: "2026-03-10",
    });
    expect(stopped[0]?.painStopDays).toBe(1);
  });
});

describe("weekAdherenceWords", () => {
  it("says planned against done with the share, missed days and pain stops", () => {
    expect(
      weekAdherenceWords({
        weekStart: "2026-03-02",
        dayCount: 7,
        plannedTasks: 6,
        doneTasks: 5,
        missedDays: 1,
        painStopDays: 1,
        openTodayTasks: 0,
      }),
    ).toBe("Week of Mon 2 Mar 2026: 5 of 6 planned sessions done (83%); 1 day missed; 1 day stopped for pain");
  });

  it("says so when nothing was planned", () => {
    expect(
      weekAdherenceWords({
        weekStart: "2026-03-02",
        dayCount: 3,
        plannedTasks: 0,
        doneTasks: 0,
        missedDays: 0,
        painStopDays: 0,
        openTodayTasks: 0,
      }),
    ).toBe("Week of Mon 2 Mar 2026: nothing planned (rest, relief or no impact)");
  });
});

describe("weekAdherenceWords for the week that reaches today", () => {
  it("says what today still holds", () => {
    expect(
      weekAdherenceWords({
        weekStart: "2026-03-16",
        dayCount: 3,
        plannedTasks: 4,
        doneTasks: 4,
        missedDays: 0,
        painStopDays: 0,
        openTodayTasks: 2,
      }),
    ).toBe("Week of Mon 16 Mar 2026: 4 of 4 planned sessions done (100%); 2 planned today, not done yet");
  });
});
