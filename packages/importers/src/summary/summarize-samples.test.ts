import { describe, expect, it } from "vitest";
import { summarizeSamples } from "./summarize-samples.ts";
import { emptySample, type TrackSample } from "./track-sample.ts";

/** Deterministic noise in [-1, 1): a sine of an irrational step, no Math.random. */
const noise = (i: number) => Math.sin(i * 12.9898) * 0.999;

function run(points: number, make: (i: number) => Partial<TrackSample>): TrackSample[] {
  return Array.from({ length: points }, (_, i) => ({ ...emptySample(), timeSeconds: i, ...make(i) }));
}

describe("summarizeSamples", () => {
  it("does not turn ±4 m GPS altitude noise on flat ground into climbing", () => {
    const samples = run(3600, (i) => ({ distanceMeters: i * 3, altitudeMeters: 100 + 4 * noise(i) }));
    const summary = summarizeSamples({ samples });
    expect(summary.elevation?.gainMeters).toBeLessThan(10);
    expect(summary.downhillShare).toBeLessThan(0.02);
  });

  it("measures a real 50 m hill up and down, and the downhill share of distance", () => {
    // 1 km up at 5 %, 1 km down at 5 %, 1 km flat, 3 m per second.
    const altitude = (d: number) => (d < 1000 ? d * 0.05 : d < 2000 ? 50 - (d - 1000) * 0.05 : 0);
    const samples = run(1000, (i) => ({ distanceMeters: i * 3, altitudeMeters: altitude(i * 3) + noise(i) }));
    const summary = summarizeSamples({ samples });
    expect(summary.elevation?.gainMeters).toBeGreaterThan(40);
    expect(summary.elevation?.gainMeters).toBeLessThan(55);
    expect(summary.downhillShare).toBeGreaterThan(0.28);
    expect(summary.downhillShare).toBeLessThan(0.38);
  });

  it("removes stops and pauses from moving time and weights cadence bands by moving time", () => {
    const samples = run(400, (i) => {
      if (i >= 100 && i < 160) return { distanceMeters: 300, speedMps: 0, cadenceStepsPerMinute: 0 };
      const distanceMeters = i < 100 ? i * 3 : 300 + (i - 160) * 3;
      return { distanceMeters, speedMps: 3, cadenceStepsPerMinute: i < 100 ? 150 : 176 };
    });
    const summary = summarizeSamples({ samples, pauses: [[300, 350]] });
    expect(summary.elapsedSeconds).toBe(399);
    // 399 s minus 60 s standing (the first interval after the stop starts moving again) minus 50 s paused.
    expect(summary.movingSeconds).toBe(399 - 60 - 50);
    expect(summary.cadence?.bands.below160).toBeCloseTo(99 / 289, 5);
    expect(summary.cadence?.bands.from170to180).toBeCloseTo(190 / 289, 5);
    expect(summary.cadence?.avgStepsPerMinute).toBeCloseTo((150 * 99 + 176 * 190) / 289, 5);
  });

  it("drops an altitude glitch instead of counting it as a climb and a descent", () => {
    const samples = run(600, (i) => ({
      distanceMeters: i * 3,
      altitudeMeters: i >= 1 && i <= 3 ? 187 : 100 + i * 0.02,
    }));
    const summary = summarizeSamples({ samples });
    expect(summary.elevation?.gainMeters).toBeGreaterThan(9);
    expect(summary.elevation?.gainMeters).toBeLessThan(13);
    expect(summary.elevation?.lossMeters).toBe(0);
  });

  it("counts a long silence between points as a pause, not as movement", () => {
    const samples = [0, 1, 2, 600, 601].map((t, i) => ({
      ...emptySample(),
      timeSeconds: t,
      distanceMeters: i * 3,
      speedMps: 3,
    }));
    expect(summarizeSamples({ samples }).movingSeconds).toBe(3);
  });
});
