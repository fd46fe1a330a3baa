import { describe, expect, it } from "vitest";
import { runnerToday } from "./runner-today.ts";

describe("runnerToday", () => {
  it("is the zone's date when the log holds nothing later", () => {
    expect(runnerToday({ zoneToday: "2026-03-10", events: [{ localDate: "2026-03-09" }] })).toBe("2026-03-10");
  });

  it("never goes back before a day already lived after moving to a zone behind", () => {
    expect(runnerToday({ zoneToday: "2026-03-09", events: [{ localDate: "2026-03-10" }] })).toBe("2026-03-10");
  });

  it("ignores dates further ahead than a zone change can explain", () => {
    expect(runnerToday({ zoneToday: "2026-03-09", events: [{ localDate: "2026-03-20" }] })).toBe("2026-03-09");
  });
});
