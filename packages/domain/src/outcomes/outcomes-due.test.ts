import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../dates/add-days.ts";
import { outcomeSchedule, outcomesDue } from "./outcomes-due.ts";

const start = "2026-03-02";

describe("outcomesDue", () => {
  it("asks nothing before onboarding", () => {
    expect(outcomesDue({ startDate: null, dischargeFrom: null, recorded: [], today: start })).toBeNull();
  });

  it("asks for the baseline from the first day, without the global rating", () => {
    const due = outcomesDue({ startDate: start, dischargeFrom: null, recorded: [], today: start });
    expect(due).toMatchObject({ timepoint: "baseline", dueDate: start, asksGlobalChange: false });
  });

  it("keeps the baseline due until given, even weeks later", () => {
    const due = outcomesDue({ startDate: start, dischargeFrom: null, recorded: [], today: addDays(start, 20) });
    expect(due?.timepoint).toBe("baseline");
  });

  it("schedules weeks 2, 4, 8 and 12 from the start", () => {
    expect(outcomeSchedule(start).map((item) => item.dueDate)).toEqual([
      start,
      "2026-03-16",
      "2026-03-30",
      "2026-04-27",
      "2026-05-25",
    ]);
  });

  it("shows the week-2 check two days before its date and keeps it until the week-4 window opens", () => {
    const recorded = [{ timepoint: "baseline" as const, localDate: start }];
    const at = (days: number) =>
      outcomesDue({ startDate: start, dischargeFrom: null, recorded, today: addDays(start, days) })?.timepoint ?? null;
    expect(at(11)).toBeNull();
    expect(at(12)).toBe("week-2");
    expect(at(21)).toBe("week-2");
    expect(at(26)).toBe("week-4");
  });

  it("asks nothing once the open check is answered", () => {
    const recorded = [
      { timepoint: "baseline" as const, localDate: start },
      { timepoint: "week-2" as const, localDate: addDays(start, 14) },
    ];
    expect(outcomesDue({ startDate: start, dischargeFrom: null, recorded, today: addDays(start, 20) })).toBeNull();
  });

  it("skips a follow-up less than a week after a late baseline", () => {
    const recorded = [{ timepoint: "baseline" as const, localDate: addDays(start, 10) }];
    expect(outcomesDue({ startDate: start, dischargeFrom: null, recorded, today: addDays(start, 13) })).toBeNull();
    expect(outcomesDue({ startDate: start, dischargeFrom: null, recorded, today: addDays(start, 27) })?.timepoint).toBe(
      "week-4",
    );
  });

  it("asks the discharge measures when maintenance is reached, once", () => {
    const recorded = [{ timepoint: "baseline" as const, localDate: start }];
    const dischargeFrom = addDays(start, 40);
    expect(outcomesDue({ startDate: start, dischargeFrom, recorded, today: addDays(start, 41) })).toMatchObject({
      timepoint: "discharge",
      dueDate: dischargeFrom,
      asksGlobalChange: true,
    });
    expect(
      outcomesDue({
        startDate: start,
        dischargeFrom,
        recorded: [...recorded, { timepoint: "discharge", localDate: addDays(start, 41) }],
        today: addDays(start, 45),
      }),
    ).toBeNull();
  });

  it("never asks for a timepoint already given, and never before the start", () => {
    const timepoints = ["baseline", "week-2", "week-4", "week-8", "week-12"] as const;
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 120 }), fc.subarray([...timepoints]), (day, given) => {
        const recorded = given.map((timepoint) => ({ timepoint, localDate: start }));
        const due = outcomesDue({ startDate: start, dischargeFrom: null, recorded, today: addDays(start, day) });
        if (day < 0) expect(due).toBeNull();
        if (due) expect(given).not.toContain(due.timepoint);
      }),
    );
  });
});
