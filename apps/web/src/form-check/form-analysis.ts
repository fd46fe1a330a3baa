import { legLengthPixels, runnerInView, type ViewSeen, viewSeen } from "./body.ts";
import type { PoseFrame, PoseSeries } from "./pose-types.ts";
import { analyzeRearView } from "./rear-view.ts";
import { analyzeSideView } from "./side-view.ts";
import { median } from "./signal.ts";

export type FilmedView = "side" | "rear";
export type Confidence = "high" | "medium" | "low";

export interface Measured {
  value: number;
  confidence: Confidence;
  /** How it was measured, in the runner's words; shown beside the number. */
  method: string;
}

export interface StepEvent {
  /** Index into the analysed frames. */
  frameIndex: number;
  timeSeconds: number;
}

interface CommonMeasures {
  cadenceStepsPerMinute: Measured;
  /** Foot landings, in time order. */
  contacts: StepEvent[];
  /** The landing whose measures sit closest to the clip's typical values: the frame shown. */
  typicalContact: StepEvent;
  /** Step rate between consecutive landings: the rhythm chart. */
  stepRhythm: { timeSeconds: number; stepsPerMinute: number }[];
  analysedSeconds: number;
  legLengthPixels: number;
}

export interface SideViewMeasures extends CommonMeasures {
  view: "side";
  /** Degrees from vertical, forward positive (shoulders ahead of hips). */
  trunkLeanDegrees: Measured;
  /** How far the landing ankle is ahead of the hips, in leg lengths. */
  overstrideLegLengths: Measured;
  /** Shin angle from vertical at landing, ankle ahead of knee positive. */
  shinAngleDegrees: Measured;
  /** Up-and-down travel of the hips per step, in leg lengths. */
  verticalOscillationLegLengths: Measured;
}

export interface RearViewMeasures extends CommonMeasures {
  view: "rear";
  /** How far the hip of the swinging leg drops while the other foot is on the ground, degrees. */
  pelvicDropDegrees: Measured;
}

export type RefusalReason = "too-short" | "not-in-view" | "wrong-view" | "no-rhythm";

export type FormAnalysis =
  | { kind: "measured"; measures: SideViewMeasures | RearViewMeasures }
  | { kind: "refused"; reason: RefusalReason; message: string };

/** Shortest steady window worth measuring: about 15 steps at an easy cadence. */
export const minimumSeconds = 5;
/** The fewest landings from which a cadence is given. */
export const minimumSteps = 8;
/** The share of frames in which the runner must be seen. */
export const minimumInViewShare = 0.6;

export function refuse(reason: RefusalReason, message: string): FormAnalysis {
  return { kind: "refused", reason, message };
}

function wrongViewMessage(filmed: FilmedView, seen: ViewSeen): string {
  if (filmed === "side") {
    return `This clip looks filmed from ${seen === "rear" ? "behind" : "the front"}. For the side view, film from the side, level with your hips, the whole body in the picture.`;
  }
  return "This clip looks filmed from the side. For the rear view, film from behind, level with your hips, the whole body in the picture.";
}

/**
 * The form check's measures from a keypoint series, or a polite refusal that says what to change.
 * Pure: the same series always gives the same answer, and tests feed recorded or generated series.
 */
export function analyzeForm(input: {
  series: PoseSeries;
  /** The view the runner said they filmed. */
  filmed: FilmedView;
}): FormAnalysis {
  const frames = input.series.frames;
  const first = frames[0];
  const last = frames[frames.length - 1];
  const intervals = frames.slice(1).map((frame, i) => frame.timeSeconds - (frames[i]?.timeSeconds ?? 0));
  const frameSeconds = median(intervals);
  const durationSeconds =
    first && last && Number.isFinite(frameSeconds) ? last.timeSeconds - first.timeSeconds + frameSeconds : 0;
  if (durationSeconds < minimumSeconds) {
    return refuse(
      "too-short",
      `This clip is ${durationSeconds.toFixed(1)} seconds long. Film at least ${minimumSeconds + 5} seconds of steady running so the check can count enough steps.`,
    );
  }
  const seenFrames: PoseFrame[] = frames.filter(runnerInView);
  if (seenFrames.length / frames.length < minimumInViewShare) {
    return refuse(
      "not-in-view",
      "We could not see you clearly for most of the clip. Keep your whole body in the picture, head to feet, in good light, and try again.",
    );
  }
  const seen = viewSeen(seenFrames);
  const viewMatches = input.filmed === "side" ? seen.view === "side" : seen.view !== "side";
  if (!viewMatches) return refuse("wrong-view", wrongViewMessage(input.filmed, seen.view));
  const leg = legLengthPixels(seenFrames);
  const legPixels = leg.thighPixels + leg.shankPixels;
  if (!(legPixels > 0)) {
    return refuse("not-in-view", "We could not see your legs clearly. Keep your feet in the picture and try again.");
  }
  const context = { frames, frameSeconds, legPixels, durationSeconds };
  return input.filmed === "side" ? analyzeSideView(context) : analyzeRearView(context);
}

export interface ViewContext {
  frames: readonly PoseFrame[];
  frameSeconds: number;
  legPixels: number;
  durationSeconds: number;
}
