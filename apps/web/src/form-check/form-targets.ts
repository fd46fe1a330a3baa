import { cadenceTarget, defaultProtocol, type Protocol } from "@backstride/domain";
import type { Confidence, Measured, RearViewMeasures, SideViewMeasures } from "./form-analysis.ts";

export type Verdict = "on-target" | "work-on" | "unsure";

export interface MetricLine {
  key: "cadence" | "trunk-lean" | "overstride" | "shin-angle" | "vertical-oscillation" | "pelvic-drop";
  label: string;
  /** The number as shown, with its unit. */
  valueText: string;
  /** The target as shown. */
  targetText: string;
  verdict: Verdict;
  /** One line: what the number means and what to do. */
  cue: string;
  confidence: Confidence;
  method: string;
  /** Where the target comes from. */
  targetSource: string;
}

/**
 * The article gives cadence (170–180) and words for the rest ("tall", "no overstriding", "lean slightly
 * forward from the ankles"); the other numbers are coaching rules of thumb from the gait literature,
 * written down in docs/decisions/form-check-model.md so a coach can see and question them.
 */
export const formTargets = {
  trunkLeanDegrees: { min: 2, max: 10 },
  overstrideLegLengths: { max: 0.3 },
  shinAngleDegrees: { max: 10 },
  verticalOscillationLegLengths: { max: 0.1 },
  pelvicDropDegrees: { max: 5 },
} as const;

const articleSource = "The article: Form Fixes That Matter";
const thumbSource = "Rule of thumb from running-gait studies (see Method)";

function verdictOf(measure: Measured, good: boolean): Verdict {
  if (measure.confidence === "low") return "unsure";
  return good ? "on-target" : "work-on";
}

export function cadenceLine(measure: Measured, protocol: Protocol = defaultProtocol): MetricLine {
  const spm = Math.round(measure.value);
  const target = cadenceTarget({ measuredStepsPerMinute: measure.value, rules: protocol.cadence });
  const band = `${target.bandMinStepsPerMinute}–${target.bandMaxStepsPerMinute}`;
  const cue =
    target.status === "below"
      ? `Cadence ${spm}: set the metronome to ${target.nextTargetStepsPerMinute}.`
      : target.status === "within"
        ? `Cadence ${spm}: inside ${band}, keep it.`
        : `Cadence ${spm}: above ${band}, no need to change it.`;
  return {
    key: "cadence",
    label: "Cadence",
    valueText: `${spm} steps/min`,
    targetText: `${band} steps/min`,
    verdict: verdictOf(measure, target.status !== "below"),
    cue,
    confidence: measure.confidence,
    method: measure.method,
    targetSource: `${articleSource}; +5% steps at a time (Heiderscheit 2011)`,
  };
}

function leanLine(measure: Measured): MetricLine {
  const { min, max } = formTargets.trunkLeanDegrees;
  const lean = measure.value;
  const cue =
    lean < 0
      ? "You lean back: run tall and let your whole body tip slightly forward from the ankles."
      : lean < min
        ? "Upright and tall: good. Going downhill, lean slightly forward from the ankles."
        : lean <= max
          ? "Tall with a slight forward lean: keep it, and do the tall plank drill each mile."
          : "You bend forward at the waist: run tall, as if a rope pulled your head up.";
  return {
    key: "trunk-lean",
    label: "Trunk lean",
    valueText: `${lean.toFixed(0)}° ${lean < 0 ? "back" : "forward"}`,
    targetText: `${min}–${max}° forward, from the ankles`,
    verdict: verdictOf(measure, Math.round(lean) >= 0 && Math.round(lean) <= max),
    cue,
    confidence: measure.confidence,
    method: measure.method,
    targetSource: `${articleSource} ("tall plank", "lean forward from the ankles"); degrees: ${thumbSource.toLowerCase()}`,
  };
}

function overstrideLine(measure: Measured, cadenceBelowBand: boolean): MetricLine {
  const { max } = formTargets.overstrideLegLengths;
  // Judged on the number as shown, so "30%" never reads as over a 30% target.
  const good = Math.round(measure.value * 100) <= Math.round(max * 100);
  const cue = good
    ? "Your foot lands close under you: keep it."
    : `Your foot lands well ahead of your hips: take shorter, quicker steps${cadenceBelowBand ? " with the metronome" : ""}.`;
  return {
    key: "overstride",
    label: "Overstride",
    valueText: `${Math.round(measure.value * 100)}% of leg length ahead`,
    targetText: `${Math.round(max * 100)}% or less`,
    verdict: verdictOf(measure, good),
    cue,
    confidence: measure.confidence,
    method: measure.method,
    targetSource: `${articleSource} ("overstriding, the #1 trigger"); ${thumbSource.toLowerCase()}`,
  };
}

function shinLine(measure: Measured): MetricLine {
  const { max } = formTargets.shinAngleDegrees;
  const good = Math.round(measure.value) <= max;
  return {
    key: "shin-angle",
    label: "Shin at landing",
    valueText: `${measure.value.toFixed(0)}° from vertical`,
    targetText: `${max}° or less`,
    verdict: verdictOf(measure, good),
    cue: good
      ? "Your shin is close to vertical when you land: good."
      : "You land with the leg reaching out in front: land with the foot nearer under the knee.",
    confidence: measure.confidence,
    method: measure.method,
    targetSource: thumbSource,
  };
}

function oscillationLine(measure: Measured): MetricLine {
  const { max } = formTargets.verticalOscillationLegLengths;
  const good = Math.round(measure.value * 100) <= Math.round(max * 100);
  return {
    key: "vertical-oscillation",
    label: "Bounce",
    valueText: `${Math.round(measure.value * 100)}% of leg length`,
    targetText: `${Math.round(max * 100)}% or less`,
    verdict: verdictOf(measure, good),
    cue: good
      ? "Your hips rise and fall little: good."
      : "You bounce: think quick and low, push the ground back rather than down.",
    confidence: measure.confidence,
    method: measure.method,
    targetSource: thumbSource,
  };
}

function pelvicDropLine(measure: Measured): MetricLine {
  const { max } = formTargets.pelvicDropDegrees;
  const good = Math.round(measure.value) <= max;
  return {
    key: "pelvic-drop",
    label: "Hip drop",
    valueText: `${measure.value.toFixed(0)}°`,
    targetText: `${max}° or less`,
    verdict: verdictOf(measure, good),
    cue: good
      ? "Your hips stay level from step to step: good."
      : "The hip of your swinging leg drops: keep up the glute bridges and single-leg deadlifts.",
    confidence: measure.confidence,
    method: measure.method,
    targetSource: `The article ("my slight hip drop"); degrees: ${thumbSource.toLowerCase()}`,
  };
}

/** Each measure against its target, with its cue, in the order a runner should work on them. */
export function metricLines(
  measures: SideViewMeasures | RearViewMeasures,
  protocol: Protocol = defaultProtocol,
): MetricLine[] {
  const cadence = cadenceLine(measures.cadenceStepsPerMinute, protocol);
  if (measures.view === "rear") return [cadence, pelvicDropLine(measures.pelvicDropDegrees)];
  const belowBand = measures.cadenceStepsPerMinute.value < protocol.cadence.targetMinStepsPerMinute;
  return [
    cadence,
    overstrideLine(measures.overstrideLegLengths, belowBand),
    shinLine(measures.shinAngleDegrees),
    leanLine(measures.trunkLeanDegrees),
    oscillationLine(measures.verticalOscillationLegLengths),
  ];
}
