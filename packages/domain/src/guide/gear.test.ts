import { describe, expect, it } from "vitest";
import { compressionShorts, foamRoller, gear, standingDesk, tensUnit } from "./gear.ts";

describe("gear", () => {
  it("describes four kinds of gear without brand names", () => {
    expect(gear).toHaveLength(4);
    const text = JSON.stringify(gear);
    for (const brand of ["2XU", "Compex", "VariDesk", "Rad Roller"]) expect(text).not.toContain(brand);
  });

  it("keeps the article's details", () => {
    expect(compressionShorts.summary).toMatch(/lower back/);
    expect(tensUnit.durationSeconds).toBe(20 * 60);
    expect(standingDesk.points.join(" ")).toMatch(/sitting/);
    expect(foamRoller.caveats?.[0]).toMatch(/Never during a flare-up/);
  });
});
