import { describe, expect, it } from "vitest";
import { parseRunForm } from "./run-form.ts";

const base = {
  localDate: "2026-03-10",
  startTime: "07:30",
  distance: "5.2",
  duration: "31:12",
  unit: "km" as const,
  today: "2026-03-10",
};

describe("parseRunForm", () => {
  it("turns the runner's units into metres and seconds", () => {
    expect(parseRunForm(base).value).toEqual({
      localDate: "2026-03-10",
      startTime: "07:30",
      distanceMeters: 5200,
      durationSeconds: 1872,
    });
    expect(parseRunForm({ ...base, distance: "3,1", unit: "mi" }).value?.distanceMeters).toBeCloseTo(4988.97, 1);
  });

  it("says what is wrong with each field", () => {
    const { errors, value } = parseRunForm({
      ...base,
      localDate: "2026-03-11",
      distance: "",
      duration: "31:99",
      startTime: "",
    });
    expect(value).toBeNull();
    expect(errors).toEqual({
      localDate: "A run cannot be in the future.",
      startTime: "Enter the time you started, like 07:30.",
      distance: "Enter the distance in km.",
      duration: "Enter the time like 42:05 or 1:02:05.",
    });
  });

  it("refuses zero and absurd values", () => {
    expect(parseRunForm({ ...base, distance: "0" }).errors.distance).toBe("The distance must be more than 0.");
    expect(parseRunForm({ ...base, distance: "900" }).errors.distance).toMatch(/longer than any run/);
    expect(parseRunForm({ ...base, duration: "0:00" }).errors.duration).toBe("The time must be more than 0.");
  });
});
