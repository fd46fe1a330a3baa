import { describe, expect, it } from "vitest";
import { formatDistance, formatDuration, formatPace, formatWeight } from "./format-units.ts";

describe("formatting", () => {
  it("formats distances in the runner's unit", () => {
    expect(formatDistance(5000, "km")).toBe("5 km");
    expect(formatDistance(5230, "km")).toBe("5.2 km");
    expect(formatDistance(482_803, "mi")).toBe("300 mi");
  });
  it("formats weights", () => {
    expect(formatWeight(2.268, "kg")).toBe("2.3 kg");
    expect(formatWeight(2.268, "lb")).toBe("5 lb");
  });
  it("formats durations", () => {
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(20 * 60)).toBe("20 min");
    expect(formatDuration(65 * 60)).toBe("1 h 05 min");
  });
  it("formats pace per km and per mile", () => {
    expect(formatPace({ distanceMeters: 10_000, durationSeconds: 3300, unit: "km" })).toBe("5:30 /km");
    expect(formatPace({ distanceMeters: 1609.344, durationSeconds: 480, unit: "mi" })).toBe("8:00 /mi");
    expect(formatPace({ distanceMeters: 0, durationSeconds: 480, unit: "km" })).toBe("–");
  });
});
