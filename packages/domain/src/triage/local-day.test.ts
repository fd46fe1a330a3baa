import { describe, expect, it } from "vitest";
import { addLocalDays, describeLocalDate, localDayNumber } from "./local-day.ts";

describe("local-day", () => {
  it("counts whole days between dates", () => {
    expect(localDayNumber("2026-11-25") - localDayNumber("2026-11-11")).toBe(14);
    expect(localDayNumber("1970-01-01")).toBe(0);
  });

  it("adds days across month, year and daylight-saving changes", () => {
    expect(addLocalDays("2026-12-28", 14)).toBe("2027-01-11");
    expect(addLocalDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addLocalDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("names a day in plain words", () => {
    expect(describeLocalDate("2026-11-28")).toBe("Saturday 28 November");
  });
});
