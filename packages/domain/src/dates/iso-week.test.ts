import { describe, expect, it } from "vitest";
import { isoWeekDays, isoWeekday, isoWeekStart } from "./iso-week.ts";

describe("ISO weeks", () => {
  it("numbers weekdays Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2026-03-09")).toBe(1);
    expect(isoWeekday("2026-03-15")).toBe(7);
    expect(isoWeekday("1970-01-01")).toBe(4);
    expect(isoWeekday("1969-12-29")).toBe(1);
  });
  it("starts weeks on Monday, across a year boundary", () => {
    expect(isoWeekStart("2026-03-15")).toBe("2026-03-09");
    expect(isoWeekStart("2026-03-09")).toBe("2026-03-09");
    expect(isoWeekStart("2027-01-01")).toBe("2026-12-28");
  });
  it("lists Monday to Sunday", () => {
    expect(isoWeekDays("2026-03-11")).toEqual([
      "2026-03-09",
      "2026-03-10",
      "2026-03-11",
      "2026-03-12",
      "2026-03-13",
      "2026-03-14",
      "2026-03-15",
    ]);
  });
});
