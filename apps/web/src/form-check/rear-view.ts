import { degrees, point } from "./body.ts";
import { type FormAnalysis, minimumSteps, type RearViewMeasures, refuse, type ViewContext } from "./form-analysis.ts";
import { fillGaps, sinusoidPeakToPeak, smooth } from "./signal.ts";
import { findSteps, stepEvent } from "./step-rhythm.ts";

/**
 * From behind: the pelvis is lowest once per step (mid-stance), which gives the steps; the hip line
 * tilts one way on a left step and the other way on a right step, so the drop is the size of the tilt's
 * swing at the stride rate (half the step rate).
 */
export function analyzeRearView(context: ViewContext): FormAnalysis {
  const { frames, frameSeconds, legPixels } = context;
  const times = frames.map((frame) => frame.timeSeconds);
  const hipHeight = fillGaps(
    frames.map((frame) => {
      const left = point(frame, "leftHip");
      const right = point(frame, "rightHip");
      return left && right ? (left[1] + right[1]) / 2 / legPixels : Number.NaN;
    }),
  );
  const steps = findSteps({
    signal: smooth(hipHeight, 1),
    times,
    frameSeconds,
    minProminence: 0.01,
    method: (count, seconds) =>
      `Counted from ${count} steps over ${seconds.toFixed(1)} s: a step is each time the hips are lowest, just after a foot lands.`,
  });
  if (!steps) {
    return refuse(
      "no-rhythm",
      "We could not find a steady running rhythm in this clip. Film 10–20 seconds of running at an even pace, from behind.",
    );
  }
  if (steps.peaks.length < minimumSteps) {
    return refuse(
      "too-short",
      `We counted only ${steps.peaks.length} steps. Film at least 10 seconds of steady running so the check sees enough of them.`,
    );
  }
  const tilt = fillGaps(
    frames.map((frame) => {
      const left = point(frame, "leftHip");
      const right = point(frame, "rightHip");
      if (!left || !right || Math.abs(left[0] - right[0]) < 1) return Number.NaN;
      return degrees(Math.atan2(left[1] - right[1], Math.abs(left[0] - right[0])));
    }),
  );
  const dropDegrees = sinusoidPeakToPeak(tilt, steps.periodSamples * 2) / 2;
  const seenBothHips = frames.filter((frame) => point(frame, "leftHip") && point(frame, "rightHip")).length;
  const landings = steps.peaks.map((peak) => Math.min(Math.max(Math.round(peak), 0), frames.length - 1));
  const middleLanding = landings[Math.floor(landings.length / 2)] ?? 0;
  const measures: RearViewMeasures = {
    view: "rear",
    cadenceStepsPerMinute: { ...steps.cadence, value: Math.round(steps.cadence.value * 10) / 10 },
    pelvicDropDegrees: {
      value: Math.round(dropDegrees * 10) / 10,
      confidence: seenBothHips >= frames.length * 0.8 && steps.cadence.confidence !== "low" ? "medium" : "low",
      method:
        "The tilt of the line between the hips, left step against right step (a sine at your stride rate fitted over the whole clip); half its swing is the drop.",
    },
    contacts: landings.map((index) => stepEvent(index, times)),
    typicalContact: stepEvent(middleLanding, times),
    stepRhythm: steps.stepRhythm,
    analysedSeconds: Math.round(context.durationSeconds * 10) / 10,
    legLengthPixels: Math.round(legPixels * 10) / 10,
  };
  return { kind: "measured", measures };
}
