import { describe, expect, it } from "vitest";
import { addDays, diffDays, maxDate, minDate } from "./add-days.ts";

describe("addDays / diffDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
  });
  it("ignores daylight saving: local days are always one day apart", () => {
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(diffDays("2026-03-28", "2026-03-30")).toBe(2);
    expect(diffDays("2026-10-24", "2026-10-26")).toBe(2);
  });
  it("is negative when the second date is earlier", () => {
    expect(diffDays("2026-03-10", "2026-03-01")).toBe(-9);
  });
  it("picks the later and earlier date", () => {
    expect(maxDate("2026-03-10", "2026-03-01")).toBe("2026-03-10");
    expect(minDate("2026-03-10", "2026-03-01")).toBe("2026-03-01");
  });
});
