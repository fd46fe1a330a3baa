import { describe, expect, it } from "vitest";
import { formatDay, formatDayWithYear, weekdayName } from "./weekday-name.ts";

describe("weekday names", () => {
  it("names weekdays short and long", () => {
    expect(weekdayName("2026-03-12")).toBe("Thu");
    expect(weekdayName("2026-03-15", "long")).toBe("Sunday");
  });
  it("formats a day the way reasons write it", () => {
    expect(formatDay("2026-03-12")).toBe("Thu 12 Mar");
    expect(formatDay("2026-12-01")).toBe("Tue 1 Dec");
    expect(formatDayWithYear("2012-12-01")).toBe("Sat 1 Dec 2012");
  });
});
