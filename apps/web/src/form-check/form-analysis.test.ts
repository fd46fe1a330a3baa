import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeForm, type FormAnalysis, type RearViewMeasures, type SideViewMeasures } from "./form-analysis.ts";
import type { PoseSeries } from "./pose-types.ts";
import { syntheticRunner } from "./synthetic-runner.ts";

/** Keypoints recorded once from e2e/fixtures/videos/treadmill-side-168spm.mp4 (scripts/record-form-keypoints.ts). */
const recorded = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "fixtures", "treadmill-side-168spm.keypoints.json"), "utf8"),
) as PoseSeries;
/** The clip's ground truth, measured from raw pixels without any pose model (its SOURCES.md). */
const groundTruthStepsPerMinute = 168.9;

function side(analysis: FormAnalysis): SideViewMeasures {
  if (analysis.kind !== "measured" || analysis.measures.view !== "side") {
    throw new Error(`expected side-view measures, got ${JSON.stringify(analysis).slice(0, 200)}`);
  }
  return analysis.measures;
}

function rear(analysis: FormAnalysis): RearViewMeasures {
  if (analysis.kind !== "measured" || analysis.measures.view !== "rear") {
    throw new Error(`expected rear-view measures, got ${JSON.stringify(analysis).slice(0, 200)}`);
  }
  return analysis.measures;
}

describe("the recorded treadmill clip (side view, runner facing image-left)", () => {
  const measures = side(analyzeForm({ series: recorded, filmed: "side" }));

  it("counts the cadence within 3 steps a minute of the ground truth, with high confidence", () => {
    expect(Math.abs(measures.cadenceStepsPerMinute.value - groundTruthStepsPerMinute)).toBeLessThanOrEqual(3);
    expect(measures.cadenceStepsPerMinute.confidence).toBe("high");
    expect(measures.contacts.length).toBeGreaterThanOrEqual(30);
  });

  it("gives a trunk lean, overstride, shin angle and bounce in physiological ranges", () => {
    expect(measures.trunkLeanDegrees.value).toBeGreaterThan(0);
    expect(measures.trunkLeanDegrees.value).toBeLessThan(15);
    expect(measures.overstrideLegLengths.value).toBeGreaterThan(0);
    expect(measures.overstrideLegLengths.value).toBeLessThan(0.6);
    expect(measures.shinAngleDegrees.value).toBeGreaterThan(-5);
    expect(measures.shinAngleDegrees.value).toBeLessThan(20);
    expect(measures.verticalOscillationLegLengths.value).toBeGreaterThan(0.02);
    expect(measures.verticalOscillationLegLengths.value).toBeLessThan(0.2);
  });

  it("shows a landing frame from the clip and a step rhythm around the cadence", () => {
    expect(measures.contacts.map((contact) => contact.frameIndex)).toContain(measures.typicalContact.frameIndex);
    const rates = measures.stepRhythm.map((step) => step.stepsPerMinute);
    expect(rates.length).toBe(measures.contacts.length - 1);
    const sorted = [...rates].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(150);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(190);
  });

  it("refuses it as a rear view", () => {
    expect(analyzeForm({ series: recorded, filmed: "rear" })).toMatchObject({ kind: "refused", reason: "wrong-view" });
  });

  it("refuses the first 4 seconds as too short", () => {
    const short = { ...recorded, frames: recorded.frames.slice(0, 120) };
    expect(analyzeForm({ series: short, filmed: "side" })).toMatchObject({ kind: "refused", reason: "too-short" });
  });
});

describe("generated runners with a known cadence and lean", () => {
  for (const cadence of [150, 164, 178, 192]) {
    for (const facing of [1, -1] as const) {
      it(`finds ${cadence} steps a minute (facing ${facing === 1 ? "right" : "left"})`, () => {
        const series = syntheticRunner({
          cadenceStepsPerMinute: cadence,
          durationSeconds: 12,
          view: "side",
          facing,
          noisePixels: 4,
        });
        const measures = side(analyzeForm({ series, filmed: "side" }));
        expect(Math.abs(measures.cadenceStepsPerMinute.value - cadence)).toBeLessThanOrEqual(1.5);
        expect(measures.cadenceStepsPerMinute.confidence).toBe("high");
      });
    }
  }

  for (const lean of [-4, 0, 6, 14]) {
    it(`measures a trunk lean of ${lean}°`, () => {
      const series = syntheticRunner({
        cadenceStepsPerMinute: 170,
        durationSeconds: 10,
        view: "side",
        facing: -1,
        trunkLeanDegrees: lean,
        noisePixels: 3,
      });
      const measures = side(analyzeForm({ series, filmed: "side" }));
      expect(Math.abs(measures.trunkLeanDegrees.value - lean)).toBeLessThanOrEqual(1.5);
    });
  }

  it("measures the landing foot ahead of the hips and the bounce relative to leg length", () => {
    const series = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 10, view: "side" });
    const measures = side(analyzeForm({ series, filmed: "side" }));
    // The generated ankle lands 110 px ahead of the hips; the leg is about 290 px.
    expect(measures.overstrideLegLengths.value).toBeGreaterThan(0.3);
    expect(measures.overstrideLegLengths.value).toBeLessThan(0.45);
    // The hips rise and fall 24 px per step.
    expect(measures.verticalOscillationLegLengths.value).toBeGreaterThan(0.06);
    expect(measures.verticalOscillationLegLengths.value).toBeLessThan(0.1);
  });

  it("measures cadence and pelvic drop from behind", () => {
    const series = syntheticRunner({
      cadenceStepsPerMinute: 166,
      durationSeconds: 12,
      view: "rear",
      pelvicDropDegrees: 7,
      noisePixels: 2,
    });
    const measures = rear(analyzeForm({ series, filmed: "rear" }));
    expect(Math.abs(measures.cadenceStepsPerMinute.value - 166)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(measures.pelvicDropDegrees.value - 7)).toBeLessThanOrEqual(1.5);
  });
});

describe("polite refusals", () => {
  it("a clip under 5 seconds is too short", () => {
    const series = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 3, view: "side" });
    const analysis = analyzeForm({ series, filmed: "side" });
    expect(analysis).toMatchObject({ kind: "refused", reason: "too-short" });
    if (analysis.kind === "refused") expect(analysis.message).toMatch(/at least 10 seconds/);
  });

  it("a runner the model cannot see is not in view", () => {
    const series = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 12, view: "side", score: 0.1 });
    expect(analyzeForm({ series, filmed: "side" })).toMatchObject({ kind: "refused", reason: "not-in-view" });
  });

  it("a rear-view clip is the wrong view for the side check, and the other way round", () => {
    const fromBehind = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 12, view: "rear" });
    const analysis = analyzeForm({ series: fromBehind, filmed: "side" });
    expect(analysis).toMatchObject({ kind: "refused", reason: "wrong-view" });
    if (analysis.kind === "refused") expect(analysis.message).toMatch(/filmed from behind/);
    const fromSide = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 12, view: "side" });
    expect(analyzeForm({ series: fromSide, filmed: "rear" })).toMatchObject({ kind: "refused", reason: "wrong-view" });
  });

  it("a runner standing still has no rhythm to count", () => {
    const series = syntheticRunner({ cadenceStepsPerMinute: 170, durationSeconds: 12, view: "side" });
    const still = {
      ...series,
      frames: series.frames.map((frame) => ({ ...frame, keypoints: series.frames[0]?.keypoints ?? [] })),
    };
    expect(analyzeForm({ series: still, filmed: "side" })).toMatchObject({ kind: "refused", reason: "no-rhythm" });
  });
});
