import {
  type Exercise,
  isSessionKind,
  type PlanTask,
  type Protocol,
  type ReturnWeek,
  type SessionKind,
} from "@backstride/domain";

/**
 * A session laid out on one clock: every phase has an integer start and duration in seconds, so every
 * cue computed from it is exact. Built once from the plan task; the player never mutates it.
 */

export type PhaseKind = "prep" | "exercise" | "rest" | "run" | "walk" | "ice" | "heat" | "timer";

export interface SessionPhase {
  kind: PhaseKind;
  /** Shown large on screen, e.g. "Run" or "Dead bug — set 2 of 3". */
  title: string;
  /** What the voice says when the phase starts. */
  spoken: string;
  /** One line under the title, e.g. "10 per side, slowly" or "Next: walk 3 min". */
  detail: string;
  startSeconds: number;
  durationSeconds: number;
  /** Walk/run: the round this phase belongs to (1-based). */
  round?: number;
  /** Circuit: the exercise of this phase (how-to and what to feel are shown from it). */
  exercise?: Exercise;
  set?: number;
  setsTotal?: number;
}

export type SessionMode = "circuit" | "walk-run" | "ice-heat" | "timer";

export interface SessionPlan {
  mode: SessionMode;
  /** The session kind recorded in the session.completed event. */
  kind: SessionKind;
  title: string;
  phases: SessionPhase[];
  totalSeconds: number;
  /** Walk/run only. */
  returnWeek?: number;
  roundsPlanned?: number;
  /** Walk/run: form-check cue period, counted from the first run (article, week 2: every 10 minutes). */
  formCheckEverySeconds?: number;
  /** Walk/run: where the run/walk part starts (after the prep), the anchor of form checks. */
  intervalsStartSeconds?: number;
  /** Walk/run: a task to do right after the session (week 3: ice the lower back). */
  afterTask?: { title: string; detail: string };
}

/**
 * Reps have no duration in the protocol, so the player paces them. Three seconds a rep is a slow,
 * controlled tempo (the article asks for slow, fluid motions), and "Done" skips ahead when faster.
 */
export const secondsPerRep = 3;
/**
 * Rest between sets, and the get-ready gap before each exercise: short, so the article's four
 * exercises fit its "only 12 minutes" (about 12 min 20 s with these values).
 */
export const restBetweenSetsSeconds = 15;
export const getReadySeconds = 10;
/** The article's ice + heat combo: ice pack 10 min, then heating pad 15 min. */
export const iceSeconds = 600;
export const heatSeconds = 900;

/** "90 s", "2 min", "2 min 30 s": durations as a runner reads them. */
export function formatDurationWords(durationSeconds: number): string {
  const minutes = Math.floor(durationSeconds / 60);
  const seconds = durationSeconds % 60;
  if (minutes === 0) return `${seconds} seconds`;
  const minuteWords = minutes === 1 ? "1 minute" : `${minutes} minutes`;
  return seconds === 0 ? minuteWords : `${minuteWords} ${seconds} seconds`;
}

/** Lays phases end to end; integer durations keep every start exact. */
function layOut(phases: Omit<SessionPhase, "startSeconds">[]): { phases: SessionPhase[]; totalSeconds: number } {
  let startSeconds = 0;
  const laidOut = phases.map((phase) => {
    const placed = { ...phase, startSeconds };
    startSeconds += phase.durationSeconds;
    return placed;
  });
  return { phases: laidOut, totalSeconds: startSeconds };
}

function exercisePhases(exercise: Exercise, isFirst: boolean): Omit<SessionPhase, "startSeconds">[] {
  const phases: Omit<SessionPhase, "startSeconds">[] = [];
  const optional = exercise.optional ? " (optional)" : "";
  if (!isFirst) {
    phases.push({
      kind: "rest",
      title: `Get ready: ${exercise.name}`,
      spoken: `Next: ${exercise.name}. Get into position.`,
      detail: exercise.equipment ? `You need: ${exercise.equipment}` : "Get into position",
      durationSeconds: getReadySeconds,
      exercise,
    });
  }
  const dosage = exercise.dosage;
  if (dosage.kind === "sets-reps") {
    const repsWords = dosage.perSide ? `${dosage.reps} per side` : `${dosage.reps} reps`;
    const setDurationSeconds = Math.round(dosage.reps * (dosage.perSide ? 2 : 1) * secondsPerRep);
    for (let set = 1; set <= dosage.sets; set += 1) {
      phases.push({
        kind: "exercise",
        title: `${exercise.name}${optional}`,
        spoken: `${exercise.name}, set ${set} of ${dosage.sets}: ${repsWords}.`,
        detail: `Set ${set} of ${dosage.sets} · ${repsWords}`,
        durationSeconds: setDurationSeconds,
        exercise,
        set,
        setsTotal: dosage.sets,
      });
      if (set < dosage.sets) {
        phases.push({
          kind: "rest",
          title: "Rest",
          spoken: `Rest ${restBetweenSetsSeconds} seconds.`,
          detail: `Next: set ${set + 1} of ${dosage.sets}`,
          durationSeconds: restBetweenSetsSeconds,
          exercise,
        });
      }
    }
    return phases;
  }
  const durationSeconds = Math.round(dosage.durationSeconds);
  const words = formatDurationWords(durationSeconds);
  if (dosage.kind === "duration" && dosage.perSide) {
    for (const side of ["left", "right"] as const) {
      phases.push({
        kind: "exercise",
        title: `${exercise.name}${optional}`,
        spoken: `${exercise.name}, ${side} side: ${words}.`,
        detail: `${side === "left" ? "Left" : "Right"} side · ${words}`,
        durationSeconds,
        exercise,
      });
    }
    return phases;
  }
  phases.push({
    kind: "exercise",
    title: `${exercise.name}${optional}`,
    spoken: `${exercise.name}: ${words}.`,
    detail: words,
    durationSeconds,
    exercise,
  });
  return phases;
}

export function buildCircuitPlan(input: { title: string; kind: SessionKind; exercises: Exercise[] }): SessionPlan {
  const phases = input.exercises.flatMap((exercise, index) => exercisePhases(exercise, index === 0));
  return { mode: "circuit", kind: input.kind, title: input.title, ...layOut(phases) };
}

export function buildWalkRunPlan(input: { title: string; week: ReturnWeek }): SessionPlan {
  const { week } = input;
  const phases: Omit<SessionPhase, "startSeconds">[] = [];
  const runWords = formatDurationWords(week.runSeconds);
  const walkWords = formatDurationWords(week.walkSeconds);
  if (week.prep.timing === "before" && week.prep.durationSeconds) {
    phases.push({
      kind: "prep",
      title: week.prep.title,
      spoken: `First: ${week.prep.title}, ${formatDurationWords(week.prep.durationSeconds)}. ${week.prep.detail}`,
      detail: week.prep.detail,
      durationSeconds: week.prep.durationSeconds,
    });
  }
  const intervalsStartSeconds = phases.reduce((sum, phase) => sum + phase.durationSeconds, 0);
  for (let round = 1; round <= week.rounds; round += 1) {
    phases.push({
      kind: "run",
      title: "Run",
      spoken: `Run, ${runWords}. Easy pace, short quick steps.`,
      detail: "Easy pace · short, quick steps",
      durationSeconds: week.runSeconds,
      round,
    });
    phases.push({
      kind: "walk",
      title: "Walk",
      spoken: `Walk, ${walkWords}.`,
      detail: round < week.rounds ? "Brisk, relaxed walk · breathe easy" : "Last walk · cool down",
      durationSeconds: week.walkSeconds,
      round,
    });
  }
  return {
    mode: "walk-run",
    kind: "walk-run",
    title: input.title,
    returnWeek: week.week,
    roundsPlanned: week.rounds,
    intervalsStartSeconds,
    ...(week.formCheckEverySeconds ? { formCheckEverySeconds: week.formCheckEverySeconds } : {}),
    ...(week.prep.timing === "after" ? { afterTask: { title: week.prep.title, detail: week.prep.detail } } : {}),
    ...layOut(phases),
  };
}

export function buildIceHeatPlan(input: { title: string; iceSeconds?: number; heatSeconds?: number }): SessionPlan {
  const ice = input.iceSeconds ?? iceSeconds;
  const heat = input.heatSeconds ?? heatSeconds;
  const phases: Omit<SessionPhase, "startSeconds">[] = [
    {
      kind: "ice",
      title: "Ice",
      spoken: `Ice pack on your lower back, ${formatDurationWords(ice)}. Keep a thin cloth between ice and skin.`,
      detail: "A thin cloth between ice and skin",
      durationSeconds: ice,
    },
  ];
  if (heat > 0) {
    phases.push({
      kind: "heat",
      title: "Heat",
      spoken: `Ice off. Heating pad on, ${formatDurationWords(heat)}. Warm, never hot.`,
      detail: "Warm, never hot",
      durationSeconds: heat,
    });
  }
  return { mode: "ice-heat", kind: "ice-heat", title: input.title, ...layOut(phases) };
}

export function buildTimerPlan(input: { title: string; kind: SessionKind; durationSeconds: number }): SessionPlan {
  const durationSeconds = Math.round(input.durationSeconds);
  return {
    mode: "timer",
    kind: input.kind,
    title: input.title,
    ...layOut([
      {
        kind: "timer",
        title: input.title,
        spoken: `${input.title}: ${formatDurationWords(durationSeconds)}.`,
        detail: formatDurationWords(durationSeconds),
        durationSeconds,
      },
    ]),
  };
}

/** The protocol's ice-then-heat steps (relief phase), when it spells them out. */
export function iceHeatSteps(protocol: Protocol | undefined): { iceSeconds?: number; heatSeconds?: number } {
  const steps = protocol?.relief.tasks.find((task) => task.steps && task.steps.length === 2)?.steps;
  const [ice, heat] = steps ?? [];
  return ice && heat ? { iceSeconds: ice.durationSeconds, heatSeconds: heat.durationSeconds } : {};
}

/** The session plan of a plan task, or null when the task is not something the player times. */
export function buildSessionPlan(task: PlanTask, protocol?: Protocol): SessionPlan | null {
  if (!isSessionKind(task.kind)) return null;
  const kind = task.kind;
  if (kind === "walk-run" && task.walkRun) return buildWalkRunPlan({ title: task.title, week: task.walkRun });
  if (kind === "ice-heat") return buildIceHeatPlan({ title: task.title, ...iceHeatSteps(protocol) });
  if (task.exercises && task.exercises.length > 0) {
    return buildCircuitPlan({ title: task.title, kind, exercises: task.exercises });
  }
  if (task.durationSeconds && task.durationSeconds > 0) {
    return buildTimerPlan({ title: task.title, kind, durationSeconds: task.durationSeconds });
  }
  return null;
}

/** The index of the phase running at a session time; the last phase once the session is over. */
export function phaseIndexAt(plan: SessionPlan, sessionSeconds: number): number {
  for (let index = plan.phases.length - 1; index >= 0; index -= 1) {
    const phase = plan.phases[index];
    if (phase && sessionSeconds >= phase.startSeconds) return index;
  }
  return 0;
}
