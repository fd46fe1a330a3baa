import { describe, expect, it } from "vitest";
import { formatClock, formatDateWithYear, formatElevation, formatShare, parseClock } from "./format.ts";

describe("formatClock and parseClock", () => {
  it("shows a run's time like a stopwatch", () => {
    expect(formatClock(65)).toBe("1:05");
    expect(formatClock(3725)).toBe("1:02:05");
  });

  it("reads what a runner types", () => {
    expect(parseClock("42:05")).toBe(2525);
    expect(parseClock("1:02:05")).toBe(3725);
    expect(parseClock("42")).toBe(2520);
    expect(parseClock(" 30:00 ")).toBe(1800);
    expect(parseClock("42:75")).toBeNull();
    expect(parseClock("abc")).toBeNull();
    expect(parseClock("")).toBeNull();
  });

  it("round-trips", () => {
    for (const seconds of [0, 59, 60, 1799, 3600, 7265]) expect(parseClock(formatClock(seconds))).toBe(seconds);
  });
});

describe("other formats", () => {
  it("shows dates with a year and shares as percentages", () => {
    expect(formatDateWithYear("2026-03-10")).toBe("10 Mar 2026");
    expect(formatShare(0.234)).toBe("23%");
  });
});

describe("formatElevation", () => {
  it("uses metres beside km and feet beside miles", () => {
    expect(formatElevation(120.4, "km")).toBe("120 m");
    expect(formatElevation(120, "mi")).toBe("394 ft");
  });
});
