import { describe, expect, it } from "vitest";
import { mobilityMinutes, sportsMassage, strengthSessions, surfaceMix } from "./long-term.ts";

describe("long-term habits", () => {
  it("keeps strength twice a week with dosages, 10 min mobility, monthly massage", () => {
    expect(strengthSessions.summary).toMatch(/2 strength sessions a week/);
    expect(strengthSessions.points[0]).toMatch(/3 sets of 8.*3 sets of 10/);
    expect(mobilityMinutes.summary).toMatch(/^10 minutes every day/);
    expect(sportsMassage.everyDays).toBe(30);
  });

  it("never runs on concrete two days in a row", () => {
    expect(surfaceMix.summary).toMatch(/never run on concrete two days in a row/);
  });
});
