import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { projectCalendar } from "./project-calendar.ts";

describe("projectCalendar", () => {
  const l = eventLog();
  const events = [...l.onboard("2026-03-02"), l.walkRun("2026-03-04", 1)];

  it("projects 28 days of the plan with walk/run intervals, circuits, check-ins and measures", () => {
    const items = projectCalendar({ events, protocol: defaultProtocol, from: "2026-03-05", days: 28 });
    const dates = new Set(items.map((item) => item.date));
    expect(dates.size).toBe(28);
    expect([...dates].sort().at(-1)).toBe("2026-04-01");
    const walkRun = items.find((item) => item.kind === "walk-run");
    expect(walkRun?.description).toMatch(/Walk\/run week 1: .*run.*walk/);
    expect(items.some((item) => item.kind === "rehab-circuit")).toBe(true);
    expect(items.some((item) => item.kind === "pain-checkin")).toBe(true);
    // Uids are unique, so a calendar app shows each item once.
    expect(new Set(items.map((item) => item.uid)).size).toBe(items.length);
  });

  it("a pain stop today keeps the next days free of impact", () => {
    const stopped = [...events, l.walkRun("2026-03-06", 5)];
    const items = projectCalendar({ events: stopped, protocol: defaultProtocol, from: "2026-03-06", days: 3 });
    expect(items.filter((item) => item.kind === "walk-run" || item.kind === "run")).toEqual([]);
  });
});
