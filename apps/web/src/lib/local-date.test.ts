import { describe, expect, it } from "vitest";
import {
  addDays,
  instantOfLocal,
  isoWithOffset,
  localDateOf,
  mondayOf,
  offsetMinutes,
  weekdayIndex,
} from "./local-date.ts";

describe("local dates", () => {
  const instant = new Date("2026-03-10T23:30:00Z");

  it("gives the runner's day, not UTC's", () => {
    expect(localDateOf(instant, "UTC")).toBe("2026-03-10");
    expect(localDateOf(instant, "Europe/Paris")).toBe("2026-03-11");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2026-03-10");
    expect(localDateOf(instant, "Australia/Sydney")).toBe("2026-03-11");
  });

  it("writes the offset into event times", () => {
    expect(offsetMinutes(instant, "Europe/Paris")).toBe(60);
    expect(isoWithOffset(instant, "Europe/Paris")).toBe("2026-03-11T00:30:00+01:00");
    expect(isoWithOffset(instant, "America/New_York")).toBe("2026-03-10T19:30:00-04:00");
    expect(isoWithOffset(instant, "Asia/Kolkata")).toBe("2026-03-11T05:00:00+05:30");
  });

  it("finds the instant of a local date and time, across a daylight-saving change", () => {
    expect(instantOfLocal("2026-03-29", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(instantOfLocal("2026-03-28", "09:00", "Europe/Paris").toISOString()).toBe("2026-03-28T08:00:00.000Z");
  });

  it("counts days and ISO weeks", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(weekdayIndex("2026-03-09")).toBe(0); // a Monday
    expect(weekdayIndex("2026-03-15")).toBe(6);
    expect(mondayOf("2026-03-15")).toBe("2026-03-09");
  });
});
