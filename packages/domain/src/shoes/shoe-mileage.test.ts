import { describe, expect, it } from "vitest";
import { shoeMileage } from "./shoe-mileage.ts";

const shoe = { id: "pegasus", startDistanceMeters: 50_000, startedOn: "2026-03-01" };

describe("shoeMileage", () => {
  it("counts the pair's own runs from its start date on, on top of what it had before", () => {
    const mileage = shoeMileage({
      shoe,
      runs: [
        { shoeId: "pegasus", localDate: "2026-03-01", distanceMeters: 5000 },
        { shoeId: "pegasus", localDate: "2026-03-04", distanceMeters: 8000 },
        { shoeId: "other", localDate: "2026-03-04", distanceMeters: 10_000 },
        { localDate: "2026-03-05", distanceMeters: 3000 },
      ],
    });
    expect(mileage).toEqual({ distanceMeters: 63_000, countedRuns: 2, runsBeforeStart: 0 });
  });

  it("leaves out runs from before the pair was bought, such as an old import given to the default pair", () => {
    const mileage = shoeMileage({
      shoe,
      runs: [
        { shoeId: "pegasus", localDate: "2023-06-10", distanceMeters: 21_100 },
        { shoeId: "pegasus", localDate: "2026-02-28", distanceMeters: 5000 },
        { shoeId: "pegasus", localDate: "2026-03-02", distanceMeters: 6000 },
      ],
    });
    expect(mileage).toEqual({ distanceMeters: 56_000, countedRuns: 1, runsBeforeStart: 2 });
  });
});
