import type { SessionPhase, SessionPlan } from "./session-plan.ts";

/**
 * Every cue of a session, computed up front by a pure function. Each time is `start + index × period`
 * from the plan's integer seconds, never a running sum, so a cue at minute 24 is exactly at 1440 s
 * and nothing drifts however long the session is.
 */

export type CueKind =
  | "phase-start"
  | "phase-end"
  | "countdown"
  | "halfway"
  | "form-check"
  | "metronome-tick"
  | "round"
  | "finish";

export interface Cue {
  /** Session time (seconds since start, pauses excluded). */
  atSeconds: number;
  kind: CueKind;
  /** What the voice says; empty for cues that only beep (metronome ticks). */
  label: string;
  phaseIndex: number;
}

/** Countdown beeps (3, 2, 1) close phases of at least this length; shorter ones would be all beeps. */
export const countdownMinPhaseSeconds = 10;
/** A "halfway" cue only where it helps: long holds and timers, not 36-second sets. */
export const halfwayMinPhaseSeconds = 90;
/** The article's "tall plank" drill: 20 seconds running tall. Cued a few seconds into each run. */
export const tallPlankDurationSeconds = 20;
export const tallPlankOffsetSeconds = 10;

/** When several cues share a time, they are spoken in this order ("Run done. Round 2 of 6. Run…"). */
const kindOrder: Record<CueKind, number> = {
  "phase-end": 0,
  finish: 1,
  round: 2,
  "phase-start": 3,
  halfway: 4,
  "form-check": 5,
  countdown: 6,
  "metronome-tick": 7,
};

export function compareCues(a: Cue, b: Cue): number {
  return a.atSeconds - b.atSeconds || kindOrder[a.kind] - kindOrder[b.kind] || a.phaseIndex - b.phaseIndex;
}

function phaseEndLabel(phase: SessionPhase): string {
  switch (phase.kind) {
    case "run":
      return "Run done.";
    case "walk":
      return "Walk done.";
    case "prep":
      return `${phase.title} done.`;
    case "ice":
      return "Ice off.";
    case "heat":
      return "Heat off.";
    case "exercise":
      return phase.set !== undefined ? `Set ${phase.set} done.` : "Done.";
    case "rest":
    case "timer":
      return "";
  }
}

function phaseCues(plan: SessionPlan, phase: SessionPhase, phaseIndex: number): Cue[] {
  const cues: Cue[] = [];
  const endSeconds = phase.startSeconds + phase.durationSeconds;
  const isLast = phaseIndex === plan.phases.length - 1;
  if (phase.round !== undefined && phase.kind === "run") {
    cues.push({
      atSeconds: phase.startSeconds,
      kind: "round",
      label: `Round ${phase.round} of ${plan.roundsPlanned ?? phase.round}.`,
      phaseIndex,
    });
  }
  cues.push({ atSeconds: phase.startSeconds, kind: "phase-start", label: phase.spoken, phaseIndex });
  if (phase.durationSeconds >= halfwayMinPhaseSeconds && phase.kind !== "run" && phase.kind !== "walk") {
    cues.push({
      atSeconds: phase.startSeconds + phase.durationSeconds / 2,
      kind: "halfway",
      label: "Halfway.",
      phaseIndex,
    });
  }
  if (phase.kind === "run" && phase.durationSeconds >= tallPlankOffsetSeconds + tallPlankDurationSeconds) {
    cues.push({
      atSeconds: phase.startSeconds + tallPlankOffsetSeconds,
      kind: "form-check",
      label: "Tall plank: for 20 seconds, run tall, as if a rope pulls your head up.",
      phaseIndex,
    });
  }
  if (phase.durationSeconds >= countdownMinPhaseSeconds) {
    for (const secondsLeft of [3, 2, 1]) {
      cues.push({ atSeconds: endSeconds - secondsLeft, kind: "countdown", label: String(secondsLeft), phaseIndex });
    }
  }
  if (!isLast) {
    const label = phaseEndLabel(phase);
    if (label) cues.push({ atSeconds: endSeconds, kind: "phase-end", label, phaseIndex });
  }
  return cues;
}

function formCheckCues(plan: SessionPlan): Cue[] {
  const period = plan.formCheckEverySeconds;
  if (!period || period <= 0) return [];
  const anchor = plan.intervalsStartSeconds ?? 0;
  const cues: Cue[] = [];
  for (let index = 1; anchor + index * period < plan.totalSeconds; index += 1) {
    const atSeconds = anchor + index * period;
    cues.push({
      atSeconds,
      kind: "form-check",
      label: "Form check: stand tall, no slouching, short quick steps landing under your hips.",
      phaseIndex: phaseIndexAtSeconds(plan, atSeconds),
    });
  }
  return cues;
}

function phaseIndexAtSeconds(plan: SessionPlan, atSeconds: number): number {
  const index = plan.phases.findIndex(
    (phase) => atSeconds >= phase.startSeconds && atSeconds < phase.startSeconds + phase.durationSeconds,
  );
  return index === -1 ? plan.phases.length - 1 : index;
}

function finishLabel(plan: SessionPlan): string {
  const base = "Session complete. Well done.";
  return plan.afterTask ? `${base} Now: ${plan.afterTask.title}.` : base;
}

/** The whole session's cues, sorted by time (then in speaking order). Metronome ticks are separate. */
export function buildCueSchedule(plan: SessionPlan): Cue[] {
  const cues = plan.phases.flatMap((phase, phaseIndex) => phaseCues(plan, phase, phaseIndex));
  cues.push(...formCheckCues(plan));
  if (plan.phases.length > 0) {
    cues.push({
      atSeconds: plan.totalSeconds,
      kind: "finish",
      label: finishLabel(plan),
      phaseIndex: plan.phases.length - 1,
    });
  }
  return cues.sort(compareCues);
}

/** The time of metronome tick `index` counted from `originSeconds`: one division, no accumulation. */
export function metronomeTickSeconds(bpm: number, index: number, originSeconds = 0): number {
  return originSeconds + (index * 60) / bpm;
}

/**
 * Metronome ticks with fromSeconds <= time < toSeconds, tick n at origin + n × 60/bpm exactly.
 * Half-open windows let a scheduler query back-to-back windows without doubling or losing a tick.
 */
export function metronomeTicks(
  bpm: number,
  fromSeconds: number,
  toSeconds: number,
  originSeconds = 0,
): { index: number; atSeconds: number }[] {
  if (!(bpm > 0) || toSeconds <= fromSeconds) return [];
  // The estimate can be off by one through rounding; correct it against the exact tick function.
  let index = Math.max(0, Math.ceil(((fromSeconds - originSeconds) * bpm) / 60));
  while (index > 0 && metronomeTickSeconds(bpm, index - 1, originSeconds) >= fromSeconds) index -= 1;
  while (metronomeTickSeconds(bpm, index, originSeconds) < fromSeconds) index += 1;
  const ticks: { index: number; atSeconds: number }[] = [];
  for (let at = metronomeTickSeconds(bpm, index, originSeconds); at < toSeconds; ) {
    ticks.push({ index, atSeconds: at });
    index += 1;
    at = metronomeTickSeconds(bpm, index, originSeconds);
  }
  return ticks;
}

/**
 * Ticks for the run phases of a session in a window, each run's beat anchored at the run's start so
 * the first step of every run lands on a tick. Walking and rest get no metronome.
 */
export function runMetronomeCues(plan: SessionPlan, bpm: number, fromSeconds: number, toSeconds: number): Cue[] {
  const cues: Cue[] = [];
  plan.phases.forEach((phase, phaseIndex) => {
    if (phase.kind !== "run") return;
    const endSeconds = phase.startSeconds + phase.durationSeconds;
    const from = Math.max(fromSeconds, phase.startSeconds);
    const to = Math.min(toSeconds, endSeconds);
    for (const tick of metronomeTicks(bpm, from, to, phase.startSeconds)) {
      cues.push({ atSeconds: tick.atSeconds, kind: "metronome-tick", label: "", phaseIndex });
    }
  });
  return cues;
}
