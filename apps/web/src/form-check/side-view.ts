import { degrees, facingSign, midpoint, point } from "./body.ts";
import {
  type FormAnalysis,
  type Measured,
  minimumSteps,
  refuse,
  type SideViewMeasures,
  type ViewContext,
} from "./form-analysis.ts";
import type { Keypoint, PoseFrame } from "./pose-types.ts";
import { fillGaps, median, percentile, sinusoidPeakToPeak, smooth } from "./signal.ts";
import { findSteps, spreadConfidence, stepEvent } from "./step-rhythm.ts";

interface Leading {
  ankle: Keypoint;
  /** Ankle ahead of the hips, leg lengths. */
  aheadLegLengths: number;
}

/**
 * The foot furthest ahead of the hips. Labels are not trusted: from the side the model often swaps
 * left and right, so the two ankles are taken as a pair.
 */
function leadingAnkle(frame: PoseFrame, facing: 1 | -1, legPixels: number): Leading | null {
  const hips = midpoint(frame, "leftHip", "rightHip");
  if (!hips) return null;
  const ankles = [point(frame, "leftAnkle"), point(frame, "rightAnkle")].filter((a): a is Keypoint => a !== null);
  let best: Leading | null = null;
  for (const ankle of ankles) {
    const ahead = (facing * (ankle[0] - hips.x)) / legPixels;
    if (!best || ahead > best.aheadLegLengths) best = { ankle, aheadLegLengths: ahead };
  }
  return best;
}

/** Front-to-back gap between the feet, leg lengths: widest once per step, around each landing. */
function feetGap(frame: PoseFrame, legPixels: number): number {
  const left = point(frame, "leftAnkle");
  const right = point(frame, "rightAnkle");
  if (!left || !right) return Number.NaN;
  return Math.abs(left[0] - right[0]) / legPixels;
}

/** The knee that belongs to an ankle: the one a shank's length away (labels may be swapped). */
function kneeOf(frame: PoseFrame, ankle: Keypoint, shankPixels: number): Keypoint | null {
  const knees = [point(frame, "leftKnee"), point(frame, "rightKnee")].filter((k): k is Keypoint => k !== null);
  let best: Keypoint | null = null;
  let bestError = Number.POSITIVE_INFINITY;
  for (const knee of knees) {
    const error = Math.abs(Math.hypot(knee[0] - ankle[0], knee[1] - ankle[1]) - shankPixels);
    if (error < bestError) {
      best = knee;
      bestError = error;
    }
  }
  return best;
}

function rounded(value: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
}

export function analyzeSideView(context: ViewContext): FormAnalysis {
  const { frames, frameSeconds, legPixels } = context;
  const times = frames.map((frame) => frame.timeSeconds);
  const facing = facingSign(frames);
  const gap = smooth(fillGaps(frames.map((frame) => feetGap(frame, legPixels))), 1);
  const steps = findSteps({
    signal: gap,
    times,
    frameSeconds,
    minProminence: 0.15,
    method: (count, seconds) =>
      `Counted from ${count} foot landings over ${seconds.toFixed(1)} s: a landing is when the feet are furthest apart front to back.`,
  });
  if (!steps) {
    return refuse(
      "no-rhythm",
      "We could not find a steady running rhythm in this clip. Film 10–20 seconds of running at an even pace, from the side.",
    );
  }
  if (steps.peaks.length < minimumSteps) {
    return refuse(
      "too-short",
      `We counted only ${steps.peaks.length} steps. Film at least 10 seconds of steady running so the check sees enough of them.`,
    );
  }

  // A landing: from the widest gap, the first frame where the leading foot is down at ground level.
  const ankleHeights = frames.flatMap((frame) =>
    [point(frame, "leftAnkle"), point(frame, "rightAnkle")].flatMap((a) => (a ? [a[1]] : [])),
  );
  const groundY = percentile(ankleHeights, 0.9);
  const shankPixels = legPixels * 0.47;
  const landings = steps.peaks.map((peak) => {
    const start = Math.max(0, Math.round(peak) - 1);
    for (let i = start; i <= Math.min(frames.length - 1, Math.round(peak) + 3); i++) {
      const frame = frames[i];
      const leading = frame ? leadingAnkle(frame, facing, legPixels) : null;
      if (leading && leading.ankle[1] >= groundY - 0.05 * legPixels) return i;
    }
    return Math.min(Math.max(Math.round(peak), 0), frames.length - 1);
  });
  const atLanding = landings.flatMap((index) => {
    const frame = frames[index];
    const leading = frame ? leadingAnkle(frame, facing, legPixels) : null;
    if (!frame || !leading) return [];
    const knee = kneeOf(frame, leading.ankle, shankPixels);
    const shin = knee
      ? degrees(Math.atan2(facing * (leading.ankle[0] - knee[0]), leading.ankle[1] - knee[1]))
      : Number.NaN;
    return [{ index, ahead: leading.aheadLegLengths, shin }];
  });
  const aheads = atLanding.map((landing) => landing.ahead);
  const shins = atLanding.map((landing) => landing.shin).filter(Number.isFinite);

  const leans = frames.flatMap((frame) => {
    const shoulders = midpoint(frame, "leftShoulder", "rightShoulder");
    const hips = midpoint(frame, "leftHip", "rightHip");
    if (!shoulders || !hips || hips.y <= shoulders.y) return [];
    return [degrees(Math.atan2(facing * (shoulders.x - hips.x), hips.y - shoulders.y))];
  });

  const hipHeights = fillGaps(frames.map((frame) => midpoint(frame, "leftHip", "rightHip")?.y ?? Number.NaN));
  const bounce = sinusoidPeakToPeak(hipHeights, steps.periodSamples) / legPixels;

  const overstride: Measured = {
    value: rounded(median(aheads), 2),
    confidence: spreadConfidence(aheads, 0.06),
    method: `At each of ${aheads.length} landings: how far the landing ankle is ahead of the hips, divided by your leg length (hip to knee to ankle).`,
  };
  const shin: Measured = {
    value: rounded(median(shins), 1),
    confidence: spreadConfidence(shins, 4),
    method: `At each landing: the angle of the shin (knee to ankle) from vertical; positive when the foot lands ahead of the knee.`,
  };
  const lean: Measured = {
    value: rounded(median(leans), 1),
    confidence: leans.length >= frames.length * 0.6 ? spreadConfidence(leans, 3) : "low",
    method: `In ${leans.length} frames: the angle of the line from the middle of the hips to the middle of the shoulders, from vertical; forward positive.`,
  };
  const oscillation: Measured = {
    value: rounded(bounce, 3),
    confidence: steps.cadence.confidence === "low" ? "low" : "medium",
    method:
      "The rise and fall of the hips at your step rate (a sine fitted over the whole clip, which ignores the model's frame-to-frame jitter), divided by your leg length.",
  };

  // The frame shown: the landing whose overstride is closest to the typical one.
  const typical = atLanding.reduce(
    (best, landing) =>
      Math.abs(landing.ahead - overstride.value) < Math.abs(best.ahead - overstride.value) ? landing : best,
    atLanding[0] ?? { index: landings[0] ?? 0, ahead: 0, shin: 0 },
  );
  const measures: SideViewMeasures = {
    view: "side",
    cadenceStepsPerMinute: { ...steps.cadence, value: rounded(steps.cadence.value, 1) },
    trunkLeanDegrees: lean,
    overstrideLegLengths: overstride,
    shinAngleDegrees: shin,
    verticalOscillationLegLengths: oscillation,
    contacts: landings.map((index) => stepEvent(index, times)),
    typicalContact: stepEvent(typical.index, times),
    stepRhythm: steps.stepRhythm,
    analysedSeconds: rounded(context.durationSeconds, 1),
    legLengthPixels: rounded(legPixels, 1),
  };
  return { kind: "measured", measures };
}
