import { describe, expect, it } from "vitest";
import { checkRun, parseRunEdit, parseRunForm, runEditFormFrom } from "./run-form.ts";

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

describe("checkRun", () => {
  const day = { localDate: "2026-03-10", earlierRuns: [] };

  it("refuses 42.2 km in 0:30 beside the time field, and saves nothing", () => {
    const check = checkRun({ ...day, distanceMeters: 42_200, durationSeconds: 1800 });
    expect(check.questions).toEqual([]);
    expect(check.errors.duration).toMatch(/faster than any human run/);
    expect(check.errors.distance).toBeUndefined();
  });

  it("puts a distance past 250 km beside the distance field", () => {
    expect(checkRun({ ...day, distanceMeters: 300_000, durationSeconds: 40 * 3600 }).errors.distance).toMatch(
      /over 250 km/,
    );
  });

  it("asks about a pace faster than 3:00 min/km or a run over twice the longest of 30 days", () => {
    const fast = checkRun({ ...day, distanceMeters: 10_000, durationSeconds: 1700 });
    expect(fast.errors).toEqual({});
    expect(fast.questions.map((problem) => problem.code)).toEqual(["pace-implausible"]);
    const long = checkRun({
      localDate: "2026-03-10",
      distanceMeters: 15_000,
      durationSeconds: 5400,
      earlierRuns: [{ localDate: "2026-03-01", distanceMeters: 5000 }],
    });
    expect(long.questions.map((problem) => problem.code)).toEqual(["much-longer-than-usual"]);
  });

  it("lets an ordinary run through", () => {
    expect(checkRun({ ...day, distanceMeters: 5000, durationSeconds: 1800 })).toEqual({ errors: {}, questions: [] });
  });
});

describe("parseRunEdit", () => {
  const run = {
    id: "00000000-0000-4000-8000-000000000001",
    version: 1 as const,
    occurredAt: "2026-03-10T07:00:00Z",
    localDate: "2026-03-10",
    type: "run.logged" as const,
    distanceMeters: 5234,
    durationSeconds: 1872,
    surface: "asphalt" as const,
    source: "import" as const,
    shoeId: "shoe-a",
    painDuring0to10: 1,
  };

  it("starts from the run in the runner's unit", () => {
    expect(runEditFormFrom(run, "km")).toEqual({
      distance: "5.23",
      duration: "31:12",
      surface: "asphalt",
      shoeId: "shoe-a",
      painDuring0to10: 1,
      painAfter0to10: null,
      notes: "",
    });
    expect(runEditFormFrom(run, "mi").distance).toBe("3.25");
  });

  it("sends only what changed; an untouched distance is not re-rounded", () => {
    const initial = runEditFormFrom(run, "km");
    const same = parseRunEdit({ initial, edited: initial, run, unit: "km" });
    expect(same.changes).toBeNull();
    expect(same.value).toEqual({ distanceMeters: 5234, durationSeconds: 1872 });

    const edited = { ...initial, duration: "33:00", shoeId: "", painAfter0to10: 2, notes: " felt fine " };
    const result = parseRunEdit({ initial, edited, run, unit: "km" });
    expect(result.changes).toEqual({ durationSeconds: 1980, shoeId: null, painAfter0to10: 2, notes: "felt fine" });
    expect(result.value).toEqual({ distanceMeters: 5234, durationSeconds: 1980 });
  });

  it("reads a new distance in miles and says what is wrong with a bad time", () => {
    const initial = runEditFormFrom(run, "mi");
    expect(parseRunEdit({ initial, edited: { ...initial, distance: "4" }, run, unit: "mi" }).changes).toEqual({
      distanceMeters: 6437.4,
    });
    const bad = parseRunEdit({ initial, edited: { ...initial, duration: "soon" }, run, unit: "mi" });
    expect(bad.changes).toBeNull();
    expect(bad.errors.duration).toBe("Enter the time like 42:05 or 1:02:05.");
  });
});
