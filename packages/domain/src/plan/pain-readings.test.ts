import { describe, expect, it } from "vitest";
import { eventLog } from "../../test-data/event-builders.ts";
import { painReadingsOf } from "./pain-readings.ts";

describe("painReadingsOf", () => {
  it("collects check-ins, flare-ups and session or run pain (after, else during)", () => {
    const l = eventLog();
    const readings = painReadingsOf([
      l.pain("2026-03-02", 4),
      l.flareUp("2026-03-03", 7),
      l.walkRun("2026-03-04", 2, { painAfter0to10: 3 }),
      l.run("2026-03-05", 3000, { painDuring0to10: 1 }),
      l.session("2026-03-06", "massage"),
    ]);
    expect(readings).toEqual([
      { localDate: "2026-03-02", pain0to10: 4 },
      { localDate: "2026-03-03", pain0to10: 7 },
      { localDate: "2026-03-04", pain0to10: 3 },
      { localDate: "2026-03-05", pain0to10: 1 },
    ]);
  });
});
