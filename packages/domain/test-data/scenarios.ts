import { addDays } from "../src/dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../src/events/events.ts";
import type { PlanFlag, PlanPhase, PlanTaskKind, RecoveryStateName } from "../src/plan/plan-types.ts";
import { protocolWithOptions } from "../src/protocol/alternatives.ts";
import { defaultProtocol } from "../src/protocol/default-protocol.ts";
import type { Protocol } from "../src/protocol/protocol-types.ts";
import { eventLog } from "./event-builders.ts";

/**
 * The plan engine's scenario table: a named event log and a day in, the expected plan out. Each row
 * says which rule (or which row of the article's tables) it covers. Run by src/plan/scenarios.test.ts.
 *
 * The calendar: Monday 2 March 2026 is onboarding day. With walk/runs every other day, return week 1
 * runs 2-8 Mar, week 2 9-15 Mar, week 3 16-22 Mar, and week 4 (progression) starts Monday 23 Mar.
 */
export interface Scenario {
  name: string;
  /** The rule or article table row the case proves. */
  covers: string;
  events: BackstrideEvent[];
  today: LocalDate;
  protocol?: Protocol;
  expect: {
    phase: PlanPhase;
    /** The state machine's named state. */
    state?: RecoveryStateName;
    /** End of relief, local `YYYY-MM-DDTHH:mm`. */
    reliefUntil?: string | null;
    /** How many sessions or runs Today asks the pain of. */
    painQuestions?: number;
    /** Today asks how the back feels the morning after. */
    morningCheck?: boolean;
    /** The red-flag questions come first on Today. */
    triageFirst?: boolean;
    /** The clinical history's kinds, oldest first. */
    historyKinds?: string[];
    /** The pain stop in force. */
    stopThreshold0to10?: number;
    /** Coach changes that loosen safety: how many, and how many in force. */
    coachChanges?: { total: number; inForce: number };
    weeklyCapSeconds?: number | null;
    /** Text the run task's dosage must contain (e.g. the metronome setting). */
    runDosageIncludes?: string;
    maxRunningSeconds?: number;
    week?: number | null;
    returnWeek?: number | null;
    runningAllowed?: boolean;
    noImpactUntil?: LocalDate | null;
    redFlagLevel?: "emergency" | "urgent" | "soon" | null;
    /** Exactly these task kinds, in order. */
    taskKinds?: PlanTaskKind[];
    /** At least these task kinds. */
    tasksInclude?: PlanTaskKind[];
    /** None of these task kinds. */
    tasksExclude?: PlanTaskKind[];
    /** Flags present, by level and id prefix ("single-run-spike"). */
    flags?: { level: PlanFlag["level"]; idPrefix: string }[];
    /** Reason codes that must appear (in state.reasons or a task's reason). */
    reasonCodes?: string[];
    /** The walk/run task's week: intervals, rounds, sessions a week and prep task. */
    walkRun?: { runSeconds: number; walkSeconds: number; rounds: number; sessionsPerWeek: number; prepId: string };
    /** Exercise ids in the rebuild circuit task. */
    circuitExerciseIds?: string[];
    /** The run task's maxDistanceMeters. */
    maxDistanceMeters?: number;
    weeklyCapMeters?: number | null;
    /** Task kinds marked done. */
    doneKinds?: PlanTaskKind[];
    milestoneDate?: LocalDate | null;
  };
}

const l = eventLog();
const ONBOARD: LocalDate = "2026-03-02";

/** Onboarding plus good walk/runs every other day through the given return weeks (1-3). */
function throughWeek(lastWeek: 0 | 1 | 2 | 3, usualWeeklyDistanceMeters?: number): BackstrideEvent[] {
  const events = l.onboard(ONBOARD, usualWeeklyDistanceMeters);
  const days: LocalDate[][] = [
    ["2026-03-02", "2026-03-04", "2026-03-06"],
    ["2026-03-09", "2026-03-11", "2026-03-13"],
    [],
  ];
  for (let week = 0; week < Math.min(lastWeek, 2); week++) {
    for (const day of days[week] ?? []) events.push(l.walkRun(day, 1));
  }
  if (lastWeek === 3) {
    // Week 3 logged from a watch: runs with distance, so week 4 has a week to grow from (12 km).
    for (const day of ["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"]) {
      events.push(l.run(day, 3000, { painDuring0to10: 1, painAfter0to10: 1 }));
    }
  }
  return events;
}

/** One pain check-in a day from `from`, at 20:00. */
function daily(from: LocalDate, pains: number[]): BackstrideEvent[] {
  return pains.map((pain, index) => l.pain(addDays(from, index), pain));
}

const RED_FLAG_EMERGENCY = { "saddle-numbness": true };
const RED_FLAG_URGENT = { "leg-pain-below-knee": true };

export const scenarios: Scenario[] = [
  {
    name: "new runner, empty log",
    covers: "no triage yet → onboarding: red-flag questions, then the cause finder",
    events: [],
    today: ONBOARD,
    expect: {
      phase: "onboarding",
      week: null,
      runningAllowed: false,
      taskKinds: ["triage", "cause-finder"],
      reasonCodes: ["no-running-onboarding", "onboarding-triage", "onboarding-causes"],
    },
  },
  {
    name: "triage answered, cause finder not yet",
    covers: "onboarding continues with the cause finder once the red-flag questions are answered",
    events: [l.triage(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "onboarding", taskKinds: ["cause-finder"], runningAllowed: false },
  },
  {
    name: "saddle numbness at onboarding",
    covers: "article red flag: numbness in groin/saddle area → emergency; the only task is to seek care",
    events: [l.triage(ONBOARD, RED_FLAG_EMERGENCY), l.causes(ONBOARD)],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      redFlagLevel: "emergency",
      runningAllowed: false,
      taskKinds: ["seek-care"],
      flags: [{ level: "emergency", idPrefix: "red-flag" }],
      reasonCodes: ["red-flag-emergency", "no-running-red-flag"],
      milestoneDate: null,
    },
  },
  {
    name: "pain shooting down the leg past the knee",
    covers: "article red flag: leg pain past the knee → urgent; see a doctor, gentle relief only, no impact",
    events: [l.triage(ONBOARD, RED_FLAG_URGENT), l.causes(ONBOARD)],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      redFlagLevel: "urgent",
      runningAllowed: false,
      taskKinds: ["seek-care", "pool-walk", "ice-heat", "rest", "rest"],
      tasksExclude: ["walk-run", "run", "rehab-circuit"],
      reasonCodes: ["red-flag-urgent", "no-running-red-flag"],
    },
  },
  {
    name: "night pain waking you up",
    covers: "article red flag: night pain → urgent, running blocked",
    events: [l.triage(ONBOARD, { "night-pain-waking": true }), l.causes(ONBOARD)],
    today: "2026-03-04",
    expect: { phase: "rebuild", redFlagLevel: "urgent", runningAllowed: false, tasksExclude: ["walk-run"] },
  },
  {
    name: "urgent flag answered away without a clearance",
    covers: "an open urgent flag stays open until a clearance.recorded after it, whatever later answers say",
    events: [l.triage(ONBOARD, RED_FLAG_URGENT), l.causes(ONBOARD), l.triage("2026-03-05", {}, "recheck")],
    today: "2026-03-06",
    expect: { phase: "rebuild", redFlagLevel: "urgent", runningAllowed: false, tasksInclude: ["seek-care"] },
  },
  {
    name: "urgent flag cleared by a clinician",
    covers:
      "#8.7 clearance: never straight into running: 72 h relief from the clearance, the questions asked again first",
    events: [l.triage(ONBOARD, RED_FLAG_URGENT), l.causes(ONBOARD), l.clearance("2026-03-09")],
    today: "2026-03-09",
    expect: {
      phase: "relief",
      state: "awaiting-triage",
      redFlagLevel: null,
      runningAllowed: false,
      tasksInclude: ["triage", "pool-walk"],
      tasksExclude: ["walk-run", "run"],
      reasonCodes: ["red-flag-cleared", "no-running-recheck"],
    },
  },
  {
    name: "after a clearance, questions answered again, relief over: rebuild week 1",
    covers: "#8.7 clearance: relief, then rebuild from week 1, the flag and clearance kept in the history",
    events: [
      l.triage(ONBOARD, RED_FLAG_URGENT),
      l.causes(ONBOARD),
      l.clearance("2026-03-09"),
      l.triage("2026-03-10", {}, "recheck"),
    ],
    today: "2026-03-13",
    expect: {
      phase: "rebuild",
      state: "rebuild",
      week: 1,
      returnWeek: 1,
      runningAllowed: true,
      tasksInclude: ["rehab-circuit", "walk-run"],
      historyKinds: ["red-flag", "clearance"],
    },
  },
  {
    name: "inflammatory pattern answered yes",
    covers: "a 'soon' red flag is shown as a flag; running stays allowed",
    events: [l.triage(ONBOARD, { "inflammatory-pattern": true }), l.causes(ONBOARD)],
    today: ONBOARD,
    expect: {
      phase: "rebuild",
      redFlagLevel: "soon",
      runningAllowed: true,
      tasksInclude: ["seek-care", "walk-run"],
      flags: [{ level: "soon", idPrefix: "red-flag" }],
      reasonCodes: ["red-flag-soon"],
    },
  },
  {
    name: "pain unchanged after 2 weeks",
    covers:
      "#8.8 article red flag 'pain unchanged after 2 weeks': 10+ daily readings in 14 days, medians of 3, < 2 points or 30%",
    events: [...l.onboard(ONBOARD), ...daily(ONBOARD, [4, 4, 4, 4, 3, 4, 4, 3, 4, 4, 4, 4, 4, 4])],
    today: "2026-03-15",
    expect: {
      phase: "rebuild",
      runningAllowed: false,
      redFlagLevel: "soon",
      tasksInclude: ["seek-care"],
      flags: [{ level: "soon", idPrefix: "no-improvement" }],
      reasonCodes: ["no-improvement", "no-running-pain-hold"],
    },
  },
  {
    name: "rebuild week 1, day 1",
    covers:
      "article rebuild table (dead bugs 3×10/side, band bridges 3×12, cat-cow 2 min, 90/90 2 min/side, optional 5 lb single-leg RDL) and return week 1 (1 min run / 3 min walk × 6, 3×/week, 5 min glute activation) side by side",
    events: l.onboard(ONBOARD),
    today: ONBOARD,
    expect: {
      phase: "rebuild",
      week: 1,
      returnWeek: 1,
      runningAllowed: true,
      taskKinds: ["rehab-circuit", "walk-run", "pain-checkin"],
      circuitExerciseIds: ["dead-bug", "glute-bridge-band", "cat-cow", "hip-90-90-rotation", "single-leg-rdl"],
      walkRun: { runSeconds: 60, walkSeconds: 180, rounds: 6, sessionsPerWeek: 3, prepId: "glute-activation" },
      reasonCodes: ["rebuild-week", "circuit-daily", "walk-run-due"],
    },
  },
  {
    name: "day after a walk/run",
    covers:
      "walk/run sessions 3×/week with a rest day between; the daily circuit continues; #8.4 the morning question replaces the check-in",
    events: [...l.onboard(ONBOARD), l.walkRun(ONBOARD, 1)],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      returnWeek: 1,
      taskKinds: ["morning-check", "rehab-circuit"],
      reasonCodes: ["walk-run-rest-day", "morning-check"],
    },
  },
  {
    name: "week 1 sessions done early in the week",
    covers: "a return week advances only after its sessions AND a full calendar week from its start",
    events: throughWeek(1),
    today: "2026-03-08",
    expect: {
      phase: "rebuild",
      returnWeek: 1,
      tasksExclude: ["walk-run"],
      reasonCodes: ["walk-run-week-done"],
      milestoneDate: "2026-03-09",
    },
  },
  {
    name: "return week 2",
    covers: "article return week 2: 2 min run / 2 min walk × 8, 3×/week, form checks every 10 min",
    events: throughWeek(1),
    today: "2026-03-09",
    expect: {
      phase: "rebuild",
      week: 2,
      returnWeek: 2,
      tasksInclude: ["rehab-circuit", "walk-run"],
      walkRun: { runSeconds: 120, walkSeconds: 120, rounds: 8, sessionsPerWeek: 3, prepId: "form-check" },
    },
  },
  {
    name: "week 1 missing a session",
    covers: "a return week does not advance by the calendar alone: 2 of 3 sessions keeps week 1",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-02"), l.walkRun("2026-03-04")],
    today: "2026-03-10",
    expect: { phase: "rebuild", week: 1, returnWeek: 1, tasksInclude: ["walk-run"], reasonCodes: ["walk-run-due"] },
  },
  {
    name: "return week 3",
    covers: "article return week 3: 4 min run / 1 min walk × 6, 4×/week, ice the lower back straight after",
    events: throughWeek(2),
    today: "2026-03-16",
    expect: {
      phase: "rebuild",
      week: 3,
      returnWeek: 3,
      tasksInclude: ["rehab-circuit", "walk-run"],
      walkRun: { runSeconds: 240, walkSeconds: 60, rounds: 6, sessionsPerWeek: 4, prepId: "post-run-ice" },
    },
  },
  {
    name: "pain 4/10 during a week 2 walk/run",
    covers: "pain ≥ 3/10 ends the run, 3 days without impact, and the previous return week is repeated",
    events: [...throughWeek(1), l.walkRun("2026-03-10", 4)],
    today: "2026-03-11",
    expect: {
      phase: "rebuild",
      returnWeek: 1,
      runningAllowed: false,
      noImpactUntil: "2026-03-13",
      tasksInclude: ["rehab-circuit", "rest", "cross-training"],
      tasksExclude: ["walk-run", "run"],
      reasonCodes: ["no-running-pain-stop", "return-week-repeat", "cross-training"],
      milestoneDate: "2026-03-14",
    },
  },
  {
    name: "pain stop in week 1",
    covers: "week 1 repeats week 1",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 3)],
    today: "2026-03-05",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: false, noImpactUntil: "2026-03-07" },
  },
  {
    name: "pain still 3/10 at the next check-in",
    covers: "3–5 days: the no-impact window grows to 5 days when the next check-in is still at or above the stop",
    events: [...throughWeek(1), l.walkRun("2026-03-10", 4), l.pain("2026-03-11", 3)],
    today: "2026-03-14",
    expect: {
      phase: "rebuild",
      runningAllowed: false,
      noImpactUntil: "2026-03-15",
      reasonCodes: ["no-running-pain-persisted"],
    },
  },
  {
    name: "pain settled at the next check-in",
    covers: "3 days only when the next check-in is below the stop; running resumes on day 4 at the repeated week",
    events: [...throughWeek(1), l.walkRun("2026-03-10", 4), l.pain("2026-03-11", 1)],
    today: "2026-03-14",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, tasksInclude: ["walk-run"], noImpactUntil: null },
  },
  {
    name: "session ended early without a pain score",
    covers: "#8.3 a missing pain is unknown: Today asks for it; never read as a stop",
    events: [...l.onboard(ONBOARD), l.session("2026-03-04", "walk-run", { endedEarly: true })],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      runningAllowed: true,
      noImpactUntil: null,
      tasksInclude: ["pain-answer", "morning-check"],
      painQuestions: 1,
      reasonCodes: ["pain-answer", "walk-run-rest-day"],
    },
  },
  {
    name: "pain 3/10 after a walk/run",
    covers: "pain tracked during and after runs: 3/10 after also stops running",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 1, { painAfter0to10: 3 })],
    today: "2026-03-05",
    expect: { phase: "rebuild", runningAllowed: false, noImpactUntil: "2026-03-07" },
  },
  {
    name: "flare-up, day 2 of relief",
    covers:
      "article first 72 hours: pool walking 20 min, ice 10 then heat 15 ×4 a day, pillow sleep positions, no stretching or foam rolling; red flags re-asked",
    events: [...l.onboard(ONBOARD), l.flareUp("2026-03-04", 6)],
    today: "2026-03-05",
    expect: {
      phase: "relief",
      week: null,
      runningAllowed: false,
      // 72 hours from 10:00 Wednesday end 10:00 Saturday: Saturday is the last relief day.
      noImpactUntil: "2026-03-07",
      reliefUntil: "2026-03-07T10:00",
      taskKinds: ["triage", "pool-walk", "ice-heat", "rest", "rest", "pain-checkin"],
      tasksExclude: ["rehab-circuit", "walk-run"],
      reasonCodes: ["relief-flare-up", "relief-avoid", "red-flag-recheck", "no-running-recheck"],
      milestoneDate: "2026-03-08",
    },
  },
  {
    name: "flare-up during rebuild week 2, after relief",
    covers: "a flare-up in rebuild goes back to relief, then the rebuild restarts at week 1",
    events: [
      ...throughWeek(1),
      l.walkRun("2026-03-09", 1),
      l.flareUp("2026-03-10", 7),
      l.triage("2026-03-11", {}, "flare-up"),
    ],
    // 72 hours from 10:00 Tuesday end 10:00 Friday: rebuild week 1 from Saturday.
    today: "2026-03-14",
    expect: {
      phase: "rebuild",
      week: 1,
      returnWeek: 1,
      runningAllowed: true,
      tasksInclude: ["rehab-circuit", "walk-run"],
      tasksExclude: ["triage"],
    },
  },
  {
    name: "new leg tingling logged",
    covers: "red-flag questions re-asked whenever a pain check-in has leg symptoms",
    events: [...l.onboard(ONBOARD), l.pain("2026-03-03", 2, true)],
    today: "2026-03-04",
    expect: { phase: "rebuild", tasksInclude: ["triage"], reasonCodes: ["red-flag-recheck"] },
  },
  {
    name: "re-asked and answered after leg symptoms",
    covers: "the re-check task goes away once answered",
    events: [...l.onboard(ONBOARD), l.pain("2026-03-03", 2, true), l.triage("2026-03-04", {}, "leg-symptoms")],
    today: "2026-03-04",
    expect: { phase: "rebuild", tasksExclude: ["triage"], doneKinds: [] },
  },
  {
    name: "week 4, first day",
    covers:
      "article return week 4+: gradual mileage (max 10% weekly), strength 2×/week replaces the circuit, mobility daily",
    events: throughWeek(3),
    today: "2026-03-23",
    expect: {
      phase: "progression",
      week: 4,
      returnWeek: null,
      runningAllowed: true,
      taskKinds: ["morning-check", "run", "strength", "mobility"],
      tasksExclude: ["rehab-circuit", "walk-run"],
      weeklyCapMeters: 13_200,
      maxDistanceMeters: 3300,
      reasonCodes: ["progression-week", "weekly-cap"],
    },
  },
  {
    name: "week 4, within the weekly cap",
    covers:
      "the run's maxDistanceMeters is what is left of the 10% cap, and no more than 110% of the longest recent run",
    events: [...throughWeek(3), l.run("2026-03-23", 3300), l.run("2026-03-25", 3300)],
    today: "2026-03-27",
    expect: { phase: "progression", week: 4, maxDistanceMeters: 3630, weeklyCapMeters: 13_200 },
  },
  {
    name: "week 4 cap reached",
    covers: "no run task once the week reaches 110% of the previous week",
    events: [
      ...throughWeek(3),
      l.run("2026-03-23", 3300),
      l.run("2026-03-25", 3600),
      l.run("2026-03-27", 3600),
      l.run("2026-03-28", 2700),
    ],
    today: "2026-03-29",
    expect: { phase: "progression", tasksExclude: ["run"], reasonCodes: ["weekly-cap-reached"] },
  },
  {
    name: "single run far longer than usual",
    covers: "spike guard: a run over 110% of the longest run of the previous 30 days is flagged (Frandsen 2025)",
    events: [...throughWeek(3), l.run("2026-03-24", 6000)],
    today: "2026-03-25",
    expect: {
      phase: "progression",
      flags: [{ level: "warning", idPrefix: "single-run-spike" }],
      reasonCodes: ["spike-guard"],
    },
  },
  {
    name: "week 4 with no distance logged in week 3",
    covers: "#8.9 distance unknown: the 10% rule on running time (week 3: 4 × 24 min = 96 min, so 105.6 min)",
    events: [
      ...throughWeek(2),
      ...["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"].map((d) =>
        l.walkRun(d, 1, { returnWeek: 3, roundsPlanned: 6, roundsCompleted: 6, durationSeconds: 1800 }),
      ),
    ],
    // Monday 23 follows Sunday's walk/run: a rest day between runs; Tuesday runs.
    today: "2026-03-24",
    expect: {
      phase: "progression",
      week: 4,
      tasksInclude: ["run"],
      weeklyCapMeters: null,
      weeklyCapSeconds: 6336,
      maxRunningSeconds: 6336,
      reasonCodes: ["time-cap"],
    },
  },
  {
    name: "concrete yesterday and the day before",
    covers: "surface rotation: never concrete on consecutive days (warning and today's advice)",
    events: [
      ...throughWeek(3),
      l.run("2026-03-23", 3000, { surface: "concrete" }),
      l.run("2026-03-24", 2000, { surface: "concrete" }),
    ],
    today: "2026-03-25",
    expect: {
      phase: "progression",
      flags: [{ level: "warning", idPrefix: "concrete-consecutive" }],
      reasonCodes: ["concrete-consecutive", "concrete-yesterday"],
    },
  },
  {
    name: "coach lowers the pain stop to 2/10",
    covers: "coach adjustment: pain threshold",
    events: [
      ...l.onboard(ONBOARD),
      l.coach(ONBOARD, { kind: "pain-threshold", pain0to10: 2 }),
      l.walkRun("2026-03-04", 2),
    ],
    today: "2026-03-05",
    expect: { phase: "rebuild", runningAllowed: false, reasonCodes: ["coach-threshold", "no-running-pain-stop"] },
  },
  {
    name: "coach holds the week",
    covers: "coach adjustment: hold week keeps the return week for 7 more days",
    events: [...throughWeek(1), l.coach("2026-03-07", { kind: "hold-week", reason: "Travel week, keep it easy." })],
    today: "2026-03-10",
    expect: {
      phase: "rebuild",
      returnWeek: 1,
      flags: [{ level: "info", idPrefix: "coach-hold" }],
      reasonCodes: ["coach-hold"],
    },
  },
  {
    name: "coach caps the weekly distance",
    covers: "coach adjustment: weekly distance cap lowers the 10% cap",
    events: [...throughWeek(3), l.coach("2026-03-23", { kind: "weekly-distance-cap", distanceMeters: 10_000 })],
    today: "2026-03-23",
    expect: { phase: "progression", weeklyCapMeters: 10_000, reasonCodes: ["weekly-cap-coach"] },
  },
  {
    name: "coach chooses rebuild first",
    covers: "coach adjustment rebuild-first: 3 weeks of circuit before walk/run week 1",
    events: [...l.onboard(ONBOARD), l.coach(ONBOARD, { kind: "rebuild-first", enabled: true })],
    today: "2026-03-10",
    expect: {
      phase: "rebuild",
      week: 2,
      returnWeek: null,
      runningAllowed: false,
      taskKinds: ["rehab-circuit", "pain-checkin"],
      reasonCodes: ["rebuild-first", "no-running-rebuild-first", "coach-rebuild-first"],
      milestoneDate: "2026-03-23",
    },
  },
  {
    name: "rebuild-first protocol, walk/run week 1",
    covers: "protocol.sequencing rebuild-first: return week 1 after the rebuild, with strength work",
    events: l.onboard(ONBOARD),
    protocol: protocolWithOptions(defaultProtocol, { rebuildFirst: true }),
    today: "2026-03-23",
    expect: {
      phase: "return",
      week: 1,
      returnWeek: 1,
      runningAllowed: true,
      tasksInclude: ["walk-run", "strength"],
      tasksExclude: ["rehab-circuit"],
    },
  },
  {
    name: "coach note with an urgent flag open",
    covers: "coach adjustments never override a red flag",
    events: [
      l.triage(ONBOARD, RED_FLAG_URGENT),
      l.causes(ONBOARD),
      l.coach("2026-03-03", { kind: "pain-threshold", pain0to10: 5 }),
      l.coach("2026-03-03", { kind: "note", text: "Go for it!" }),
    ],
    today: "2026-03-04",
    expect: {
      phase: "rebuild",
      runningAllowed: false,
      tasksExclude: ["walk-run", "run"],
      flags: [{ level: "info", idPrefix: "coach-note" }],
    },
  },
  {
    name: "coach cap during a no-impact day",
    covers: "coach adjustments never override a no-impact day",
    events: [
      ...throughWeek(3),
      l.run("2026-03-23", 3000, { painDuring0to10: 4 }),
      l.coach("2026-03-24", { kind: "weekly-distance-cap", distanceMeters: 20_000 }),
    ],
    today: "2026-03-24",
    expect: { phase: "progression", runningAllowed: false, tasksExclude: ["run"], noImpactUntil: "2026-03-26" },
  },
  {
    name: "pain stop in week 4, back to running",
    covers: "a pain stop in week 4+ repeats the previous week's distance when running resumes",
    events: [...throughWeek(3), l.run("2026-03-23", 3000), l.run("2026-03-24", 2000, { painDuring0to10: 3 })],
    today: "2026-03-28",
    expect: { phase: "progression", runningAllowed: true, weeklyCapMeters: 12_000, reasonCodes: ["weekly-cap-repeat"] },
  },
  {
    name: "pain 4/10 at this morning's check-in",
    covers: "#8.5 high pain holds: no running on a day the check-in is at or above the stop",
    events: [...throughWeek(3), l.pain("2026-03-24", 4)],
    today: "2026-03-24",
    expect: {
      phase: "progression",
      state: "no-impact",
      runningAllowed: false,
      noImpactUntil: null,
      tasksExclude: ["run"],
      reasonCodes: ["no-running-pain-hold"],
    },
  },
  {
    name: "back to usual distance and pain-free",
    covers: "maintenance: strength 2×/week, mobility 10 min daily, monthly massage; the 10% cap still applies",
    events: [
      ...throughWeek(3, 12_000),
      ...["2026-03-23", "2026-03-25", "2026-03-27", "2026-03-29"].map((d) =>
        l.run(d, 3300, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-03-30", 0),
      ...["2026-03-31", "2026-04-02", "2026-04-04"].map((d) =>
        l.run(d, 4000, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-04-05", 0),
    ],
    today: "2026-04-06",
    expect: {
      phase: "maintenance",
      tasksInclude: ["run", "strength", "mobility", "massage"],
      reasonCodes: ["maintenance-reached", "massage-due"],
    },
  },
  {
    name: "progressing but not back to usual distance",
    covers: "no maintenance before the usual weekly distance is reached",
    events: [
      ...throughWeek(3, 30_000),
      ...["2026-03-23", "2026-03-25", "2026-03-27", "2026-03-29"].map((d) =>
        l.run(d, 3300, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-04-05", 0),
    ],
    today: "2026-04-06",
    expect: { phase: "progression", week: 6, tasksExclude: ["massage"], milestoneDate: null },
  },
  {
    name: "circuit and check-in done today",
    covers: "tasks done today are marked done",
    events: [...l.onboard(ONBOARD), l.session(ONBOARD, "rehab-circuit"), l.pain(ONBOARD, 1)],
    today: ONBOARD,
    expect: { phase: "rebuild", doneKinds: ["rehab-circuit", "pain-checkin"] },
  },
  {
    name: "emergency signs in week 4",
    covers: "red flags always win, in any phase",
    events: [...throughWeek(3), l.triage("2026-03-24", { "bladder-change": true }, "recheck")],
    today: "2026-03-24",
    expect: { phase: "progression", redFlagLevel: "emergency", runningAllowed: false, taskKinds: ["seek-care"] },
  },
  {
    name: "ran on a no-impact day",
    covers: "a run logged on a day the plan said no running is flagged",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 4), l.run("2026-03-05", 2000)],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      runningAllowed: false,
      flags: [{ level: "warning", idPrefix: "ran-when-not-allowed" }],
    },
  },
  {
    name: "pain-monitoring model, 5/10 during a walk/run",
    covers:
      "protocol option (Silbernagel): pain up to 5/10 is acceptable, so the walk/run counts and running continues",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-02", 5), l.pain("2026-03-03", 2)],
    protocol: protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" }),
    today: "2026-03-04",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, tasksInclude: ["walk-run"], noImpactUntil: null },
  },
  {
    name: "pain-monitoring model, worse the next morning",
    covers: "protocol option (Silbernagel): worse next morning → the next session is easier (previous week again)",
    events: [...throughWeek(1), l.walkRun("2026-03-09", 4), l.pain("2026-03-10", 5)],
    protocol: protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" }),
    today: "2026-03-10",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, reasonCodes: ["pain-monitoring-reduce"] },
  },
  {
    name: "rebuild first, pain stop in walk/run week 1",
    covers: "with rebuild first, a pain stop in return week 1 repeats week 1 and stays in the return phase",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-23", 1), l.walkRun("2026-03-25", 4)],
    protocol: protocolWithOptions(defaultProtocol, { rebuildFirst: true }),
    today: "2026-03-26",
    expect: {
      phase: "return",
      returnWeek: 1,
      runningAllowed: false,
      noImpactUntil: "2026-03-28",
      tasksInclude: ["strength"],
    },
  },
  {
    name: "flare-up reported during onboarding",
    covers: "relief tasks start at once, beside the onboarding questions; weeks 1-3 start after relief",
    events: [l.flareUp(ONBOARD, 7), l.triage("2026-03-03")],
    today: "2026-03-03",
    expect: {
      phase: "onboarding",
      runningAllowed: false,
      taskKinds: ["cause-finder", "pool-walk", "ice-heat", "rest", "rest"],
      milestoneDate: "2026-03-06",
    },
  },
  {
    name: "walk/run with rounds missing",
    covers: "a walk/run counts toward the week only with all its planned rounds",
    events: [
      ...l.onboard(ONBOARD),
      l.walkRun("2026-03-02"),
      l.walkRun("2026-03-04"),
      l.walkRun("2026-03-06", 1, { roundsPlanned: 6, roundsCompleted: 3 }),
    ],
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 1, tasksInclude: ["walk-run"] },
  },
  {
    name: "maintenance keeps through a small ache",
    covers: "maintenance, once reached, is kept until a flare-up (a 1/10 day does not undo it)",
    events: [
      ...throughWeek(3, 12_000),
      ...["2026-03-23", "2026-03-25", "2026-03-27", "2026-03-29"].map((d) =>
        l.run(d, 3300, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-03-30", 0),
      ...["2026-03-31", "2026-04-02", "2026-04-04"].map((d) =>
        l.run(d, 4000, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-04-05", 0),
      l.pain("2026-04-06", 0),
      l.pain("2026-04-08", 1),
    ],
    today: "2026-04-09",
    expect: { phase: "maintenance", runningAllowed: true },
  },
  {
    name: "flare-up in maintenance",
    covers: "a flare-up in any phase: 72 h relief, then weeks 1-3 from week 1",
    events: [
      ...throughWeek(3, 12_000),
      ...["2026-03-23", "2026-03-25", "2026-03-27", "2026-03-29"].map((d) =>
        l.run(d, 3300, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-03-30", 0),
      ...["2026-03-31", "2026-04-02", "2026-04-04"].map((d) =>
        l.run(d, 4000, { painDuring0to10: 0, painAfter0to10: 0 }),
      ),
      l.pain("2026-04-05", 0),
      l.pain("2026-04-06", 0),
      l.flareUp("2026-04-08", 6),
    ],
    today: "2026-04-12",
    expect: {
      phase: "rebuild",
      state: "awaiting-triage",
      week: 1,
      returnWeek: 1,
      runningAllowed: false,
      tasksInclude: ["triage", "rehab-circuit"],
      tasksExclude: ["walk-run"],
      reasonCodes: ["no-running-recheck"],
    },
  },
  {
    name: "slower, earned progression",
    covers: "protocol option (ASTEROID): two good sessions earn the next week, never faster than one a week",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-02"), l.walkRun("2026-03-04")],
    protocol: protocolWithOptions(defaultProtocol, { slowerProgression: true }),
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 2 },
  },
];
