import { describe, expect, it } from "vitest";
import { shoeStartDate } from "./shoe-start-date.ts";

describe("shoeStartDate", () => {
  it("is the day the runner gave", () => {
    expect(shoeStartDate({ startedOn: "2025-11-02", createdAt: "2026-03-10T08:00:00Z", timeZone: "UTC" })).toBe(
      "2025-11-02",
    );
  });

  it("falls back to the day the pair was added, in the runner's zone", () => {
    const createdAt = "2026-03-11T02:00:00Z";
    expect(shoeStartDate({ startedOn: null, createdAt, timeZone: "America/New_York" })).toBe("2026-03-10");
    expect(shoeStartDate({ createdAt, timeZone: "Europe/Paris" })).toBe("2026-03-11");
  });
});
