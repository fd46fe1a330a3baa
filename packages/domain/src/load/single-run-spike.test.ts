import { describe, expect, it } from "vitest";
import { defaultProtocol } from "../protocol/default-protocol.ts";
import { longestRecentRunMeters, singleRunSpike } from "./single-run-spike.ts";

const rules = defaultProtocol.load;
const runs = [
  { localDate: "2026-02-01", distanceMeters: 20_000 }, // outside the 30-day window
  { localDate: "2026-03-01", distanceMeters: 8000 },
  { localDate: "2026-03-05", distanceMeters: 10_000 },
];

describe("single-run spike guard (Frandsen 2025)", () => {
  it("finds the longest run of the previous 30 days", () => {
    expect(longestRecentRunMeters({ runs, date: "2026-03-10", windowDays: 30 })).toBe(10_000);
  });
  it("flags a run over 110% of it", () => {
    const spike = singleRunSpike({ runs, candidate: { localDate: "2026-03-10", distanceMeters: 11_500 }, rules });
    expect(spike.flagged).toBe(true);
    expect(spike.limitMeters).toBeCloseTo(11_000, 6);
    expect(spike.sources[0]?.id).toBe("frandsen-2025");
  });
  it("does not flag a run at exactly 110%", () => {
    expect(
      singleRunSpike({ runs, candidate: { localDate: "2026-03-10", distanceMeters: 11_000 }, rules }).flagged,
    ).toBe(false);
  });
  it("does not flag anything with no previous run", () => {
    const spike = singleRunSpike({ runs: [], candidate: { localDate: "2026-03-10", distanceMeters: 42_000 }, rules });
    expect(spike.flagged).toBe(false);
    expect(spike.limitMeters).toBeNull();
  });
});
