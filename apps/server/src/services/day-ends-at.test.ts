import { describe, expect, it } from "vitest";
import { dayEndsAt } from "./day-ends-at.ts";

describe("dayEndsAt", () => {
  it("is the next local midnight as a UTC instant", () => {
    expect(dayEndsAt("2026-03-09", "UTC")).toBe("2026-03-10T00:00:00.000Z");
    expect(dayEndsAt("2026-03-09", "Europe/Paris")).toBe("2026-03-09T23:00:00.000Z");
    expect(dayEndsAt("2026-03-09", "America/New_York")).toBe("2026-03-10T04:00:00.000Z");
    expect(dayEndsAt("2026-03-09", "Pacific/Kiritimati")).toBe("2026-03-09T10:00:00.000Z");
    expect(dayEndsAt("2026-03-09", "Pacific/Pago_Pago")).toBe("2026-03-10T11:00:00.000Z");
  });
  it("follows a DST change on the day", () => {
    // New York moves to summer time on Sunday 8 March 2026: the next midnight is at UTC-4.
    expect(dayEndsAt("2026-03-08", "America/New_York")).toBe("2026-03-09T04:00:00.000Z");
    expect(dayEndsAt("2026-03-07", "America/New_York")).toBe("2026-03-08T05:00:00.000Z");
  });
});
