import type { Surface } from "../events/events.ts";

/**
 * The shape of the protocol as data. The article's protocol is the default instance
 * (`defaultProtocol` in default-protocol.ts); a coach may choose documented alternatives, so every
 * threshold the plan engine uses lives here, never as a literal in a rule.
 */

/** Where a rule or number comes from, shown beside it in the app. */
export interface SourceRef {
  /** "article" for source-article.txt, otherwise a short citation key, e.g. "frandsen-2025". */
  id: string;
  /** Human-readable citation, e.g. "Frandsen et al., BJSM 2025". */
  label: string;
  /** One line on what the source found or says, so the app can show why a rule exists. */
  finding?: string;
}

/** How much of an exercise: exactly one of the dosage kinds. */
export type Dosage =
  | { kind: "sets-reps"; sets: number; reps: number; perSide: boolean }
  | { kind: "duration"; durationSeconds: number; perSide: boolean }
  | { kind: "repeat-daily"; durationSeconds: number; timesPerDay: number };

export interface Exercise {
  /** Stable id, e.g. "dead-bug". */
  id: string;
  name: string;
  dosage: Dosage;
  /** Equipment, e.g. "resistance band above the knees"; load in kg when there is one. */
  equipment?: string;
  loadKg?: number;
  /** Short how-to, a few plain steps. */
  howTo: string[];
  /** What the runner should feel, and what they should not. */
  feel: string;
  /** Which cause(s) it targets, by cause id. */
  targets: string[];
  optional: boolean;
  sources: SourceRef[];
}

/** One phase of a walk/run session: run or walk for a number of seconds. */
export interface IntervalStep {
  activity: "run" | "walk";
  durationSeconds: number;
}

export interface ReturnWeek {
  /** 1, 2 or 3. Week 4+ is the gradual-mileage phase (see LoadRules). */
  week: number;
  runSeconds: number;
  walkSeconds: number;
  rounds: number;
  sessionsPerWeek: number;
  /** The week's critical prep task, e.g. "5 min glute activation before the session". */
  prep: { id: string; title: string; detail: string; timing: "before" | "during" | "after"; durationSeconds?: number };
  /** During the session, a form-check cue every N seconds (week 2: every 10 minutes). */
  formCheckEverySeconds?: number;
  sources: SourceRef[];
}

/**
 * How the runner moves from one return week to the next. Absent or "calendar": one week per calendar
 * week (the article). "earned" (ASTEROID-style): advance only after enough completed sessions at the
 * current week without reaching the pain stop, and never more than one week per calendar week.
 */
export type ReturnProgression =
  | { kind: "calendar" }
  | { kind: "earned"; sessionsAtWeekBeforeAdvance: number; maxWeeksAdvancedPerCalendarWeek: number };

export interface ReliefTask {
  id: string;
  title: string;
  detail: string;
  /** e.g. pool walking 20 min once a day; ice 10 min then heat 15 min, 4 times a day. */
  durationSeconds?: number;
  timesPerDay?: number;
  /** When one task is a sequence (ice 10 min, then heat 15 min), its parts in order. */
  steps?: { title: string; durationSeconds: number }[];
  sources: SourceRef[];
}

export interface PainRules {
  /** Pain at or above this during a run stops it (article: 3/10). */
  stopThreshold0to10: number;
  /** Days without impact after a stop (article: 3-5). */
  noImpactDaysMin: number;
  noImpactDaysMax: number;
  /** Relief phase after a flare-up, in hours (article: 72). */
  reliefHours: number;
  /** Clinically important change on NPRS (Ostelo 2008): points or share. */
  importantChangePoints: number;
  importantChangeShare: number;
  /** "No better after 2 weeks": the window in days. */
  noImprovementWindowDays: number;
  /**
   * The next-morning response check after impact sessions (Silbernagel 2007), on by default. Absent on
   * older protocol data: read as on.
   */
  nextMorningCheck?: boolean;
  /** Which documented model: the article's 3/10 stop, or Silbernagel's pain-monitoring model. */
  model: "article-stop-at-3" | "pain-monitoring";
  /** Only with the pain-monitoring model (Silbernagel 2007): its bands, read with stopThreshold0to10. */
  monitoring?: {
    /** Pain up to this is safe during activity (0-2). */
    safeMax0to10: number;
    /** Pain up to this is acceptable if it settles by the next morning (5). */
    acceptableMax0to10: number;
    /** Pain or stiffness worse the next morning means the next session is reduced. */
    reduceIfWorseNextMorning: boolean;
  };
}

export interface LoadRules {
  /** Week 4+: weekly distance may grow at most this share over the previous week (article: 0.10). */
  maxWeeklyIncreaseShare: number;
  /** A single run longer than this multiple of the longest run of the window is flagged (1.10). */
  singleRunSpikeRatio: number;
  singleRunSpikeWindowDays: number;
}

export interface CadenceRules {
  targetMinStepsPerMinute: number;
  targetMaxStepsPerMinute: number;
  /** From a measured cadence, step toward the band by this share at a time (0.05). */
  stepIncreaseShare: number;
}

export interface ShoeRules {
  warnAtMeters: number;
  replaceAtMeters: number;
  idealDropMinMm: number;
  idealDropMaxMm: number;
}

export interface MaintenanceRules {
  strengthSessionsPerWeek: number;
  mobilityMinutesDaily: number;
  massageEveryDays: number;
  /** Never run on concrete on consecutive days. */
  noConsecutiveConcreteDays: boolean;
  /** Surfaces to mix through the week (article: trails, track, asphalt). */
  rotateSurfaces?: Surface[];
}

export interface Protocol {
  id: string;
  name: string;
  /** "side-by-side" (default): rebuild weeks 1-3 and return weeks 1-3 run together.
   * "rebuild-first": the 3-week rebuild is finished before return week 1 starts. */
  sequencing: "side-by-side" | "rebuild-first";
  relief: { tasks: ReliefTask[]; avoid: { id: string; text: string }[]; sources: SourceRef[] };
  rebuild: { weeks: number; circuit: Exercise[]; circuitMinutes: number; sources: SourceRef[] };
  returnToRun: { weeks: ReturnWeek[]; sources: SourceRef[]; progression?: ReturnProgression };
  /** From week 4: strength work (posterior chain) replaces the daily circuit. */
  strength: { exercises: Exercise[]; sources: SourceRef[] };
  mobility: { exercises: Exercise[]; sources: SourceRef[] };
  pain: PainRules;
  load: LoadRules;
  cadence: CadenceRules;
  shoes: ShoeRules;
  maintenance: MaintenanceRules;
}
