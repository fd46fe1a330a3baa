import type { DayCompliance } from "@backstride/domain";
import { formatDayWithYear } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import {
  byDayHappened,
  calendarWeeks,
  formatLongDate,
  gridRange,
  monthCounts,
  monthTitle,
  shiftMonth,
} from "./compliance-calendar.ts";

function day(date: string, status: DayCompliance["status"], fields: Partial<DayCompliance> = {}): DayCompliance {
  return { date, status, planned: [], done: [], logged: [], maxPain0to10: null, impactHeld: false, ...fields };
}

describe("months", () => {
  it("moves across years and names the month with its year", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(monthTitle("2026-03")).toBe("March 2026");
  });
  it("shows whole Monday-to-Sunday weeks around the month", () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    expect(gridRange("2026-03")).toEqual({ from: "2026-02-23", to: "2026-04-05" });
  });
  it("writes dates with the year", () => {
    expect(formatDayWithYear("2012-03-09")).toBe("Fri 9 Mar 2012");
    expect(formatLongDate("2026-03-09")).toBe("Monday 9 March 2026");
  });
});

describe("calendarWeeks", () => {
  const days = [
    day("2026-03-02", "done", { planned: ["rehab-circuit"], done: ["rehab-circuit"], logged: ["circuit"] }),
    day("2026-03-03", "missed", { planned: ["walk-run"] }),
    day("2026-03-04", "pain-stop", { planned: ["walk-run"], maxPain0to10: 5 }),
    day("2026-03-05", "rest"),
    day("2026-03-06", "no-impact", { impactHeld: true }),
    day("2026-03-07", "partly", { planned: ["rehab-circuit", "walk-run"], done: ["walk-run"] }),
  ];
  const weeks = calendarWeeks({ month: "2026-03", days, today: "2026-03-07" });

  it("lays the month out in weeks with each day's status in words and an icon", () => {
    expect(weeks).toHaveLength(6);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    const cells = weeks.flat();
    const find = (date: string) => cells.find((cell) => cell.date === date);
    expect(find("2026-03-02")?.label).toBe("Mon 2 Mar 2026: Done");
    expect(find("2026-03-02")?.look.icon).toBe("✓");
    expect(find("2026-03-02")?.planned).toEqual(["Rehab circuit"]);
    expect(find("2026-03-04")?.look.words).toBe("Pain stop");
    expect(find("2026-03-06")?.look.words).toBe("No impact");
    expect(find("2026-03-07")?.done).toEqual(["Walk/run"]);
    // After today nothing is judged, and a day in the grid from another month is marked as such.
    expect(find("2026-03-20")?.status).toBe("future");
    expect(find("2026-02-23")?.inMonth).toBe(false);
  });

  it("counts the month's days by status", () => {
    expect(monthCounts(weeks)).toBe("1 done, 1 partly done, 1 missed, 1 pain stop, 1 rest day, 1 no impact");
  });
});

describe("byDayHappened", () => {
  it("sorts by the day an entry happened, not the order it arrived", () => {
    const entries = [
      { id: "today", localDate: "2026-03-09", occurredAt: "2026-03-09T08:00:00Z" },
      { id: "old import", localDate: "2012-05-01", occurredAt: "2012-05-01T07:00:00Z" },
      { id: "evening", localDate: "2026-03-09", occurredAt: "2026-03-09T19:00:00Z" },
    ];
    expect(byDayHappened(entries).map((entry) => entry.id)).toEqual(["evening", "today", "old import"]);
  });
});
