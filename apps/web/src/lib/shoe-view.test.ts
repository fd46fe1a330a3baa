import type { BackstrideEvent } from "@backstride/domain";
import { describe, expect, it } from "vitest";
import type { Shoe } from "./api-types.ts";
import { shoeViews } from "./shoe-view.ts";

function shoe(patch: Partial<Shoe>): Shoe {
  return {
    id: "pair-1",
    name: "Daily",
    brand: null,
    dropMm: null,
    startDistanceMeters: 0,
    isDefault: true,
    warnAtMeters: null,
    replaceAtMeters: null,
    retiredAt: null,
    createdAt: "2026-03-01T08:00:00.000Z",
    startedOn: "2026-03-01",
    distanceMeters: 0,
    wear: { status: "ok", message: "" },
    ...patch,
  };
}

let n = 0;
function run(localDate: string, distanceMeters: number, shoeId = "pair-1"): BackstrideEvent {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    version: 1,
    occurredAt: `${localDate}T07:00:00Z`,
    localDate,
    type: "run.logged",
    distanceMeters,
    durationSeconds: 1800,
    surface: "asphalt",
    source: "import",
    shoeId,
  };
}

describe("shoeViews", () => {
  it("counts only runs from the start date on, in the runner's unit", () => {
    const events = [run("2022-07-01", 42_195), run("2026-03-02", 8000), run("2026-03-04", 8093.4)];
    const [view] = shoeViews({ shoes: [shoe({})], events, unit: "mi", timeZone: "UTC" });
    expect(view?.distanceMeters).toBeCloseTo(16_093.4, 6);
    expect(view?.runsBeforeStart).toBe(1);
    expect(view?.wear.message).toBe("10 mi in these shoes; check them at 300 mi.");
  });

  it("shows the drop note outside 6–8 mm and none inside it", () => {
    const [high] = shoeViews({ shoes: [shoe({ dropMm: 10 })], events: [], unit: "km", timeZone: "UTC" });
    expect(high?.wear.notes[0]?.text).toMatch(/^Drop 10 mm is outside the article's 6–8 mm/);
    const [ideal] = shoeViews({ shoes: [shoe({ dropMm: 7 })], events: [], unit: "km", timeZone: "UTC" });
    expect(ideal?.wear.notes).toEqual([]);
  });

  it("starts a pair cached without a start date on the day it was added, in the runner's zone", () => {
    const cached = shoe({ createdAt: "2026-03-02T03:00:00.000Z" }) as Partial<Shoe>;
    delete cached.startedOn;
    const events = [run("2026-03-01", 5000)];
    const [view] = shoeViews({ shoes: [cached as Shoe], events, unit: "km", timeZone: "America/New_York" });
    expect(view?.startedOn).toBe("2026-03-01");
    expect(view?.distanceMeters).toBe(5000);
  });
});
