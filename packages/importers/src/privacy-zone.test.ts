import { describe, expect, it } from "vitest";
import { applyPrivacyZone, type TrackPoint } from "./privacy-zone.ts";
import { haversineMeters } from "./summary/track-sample.ts";

/** A straight 5 km line north from the equator-ish start, one point every 10 m. */
const track: TrackPoint[] = Array.from({ length: 501 }, (_, i) => ({
  latDeg: 45 + (i * 10) / 111_320,
  lonDeg: 7,
  elapsedSeconds: i * 3,
}));
const start = track[0] as TrackPoint;
const end = track[track.length - 1] as TrackPoint;

describe("applyPrivacyZone", () => {
  it("removes every point within the radius of the start and the end", () => {
    for (const seed of ["run-1", "run-2", "run-3", "run-4", "run-5", "run-6"]) {
      const kept = applyPrivacyZone(track, { seed });
      expect(kept.length).toBeGreaterThan(200);
      for (const p of kept) {
        expect(haversineMeters(start.latDeg, start.lonDeg, p.latDeg, p.lonDeg)).toBeGreaterThan(500);
        expect(haversineMeters(end.latDeg, end.lonDeg, p.latDeg, p.lonDeg)).toBeGreaterThan(500);
      }
    }
  });

  it("cuts the same activity the same way every time, and different activities differently", () => {
    const a = applyPrivacyZone(track, { seed: "run-1" });
    expect(applyPrivacyZone(track, { seed: "run-1" })).toEqual(a);
    const cuts = new Set(
      ["run-1", "run-2", "run-3", "run-4", "run-5"].map((seed) => applyPrivacyZone(track, { seed }).length),
    );
    expect(cuts.size).toBeGreaterThan(1);
  });

  it("honours a custom radius and leaves an empty track alone", () => {
    expect(applyPrivacyZone(track, { seed: "s", radiusMeters: 2000 }).length).toBeLessThan(
      applyPrivacyZone(track, { seed: "s" }).length,
    );
    expect(applyPrivacyZone([], { seed: "s" })).toEqual([]);
  });
});
