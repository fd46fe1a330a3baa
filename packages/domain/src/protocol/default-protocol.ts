import { sources } from "../sources/sources.ts";
import {
  catCow,
  deadBug,
  deadlift,
  gluteBridgeBand,
  hip9090Rotation,
  hipThrust,
  singleLegRdl,
  thoracicOpenBook,
} from "./exercises.ts";
import type { Protocol } from "./protocol-types.ts";

/** Metres in one international mile (exact by definition). */
const METERS_PER_MILE = 1609.344;

/**
 * The article's protocol, complete, as data. Every threshold the plan engine uses comes from here, so a
 * coach's documented alternative (see alternatives.ts) changes the plan without touching a rule.
 */
export const defaultProtocol: Protocol = {
  id: "article-default",
  name: "Backstride standard plan (from the source article)",
  sequencing: "side-by-side",
  relief: {
    tasks: [
      {
        id: "pool-walk",
        title: "Pool walking",
        detail: "Walk in chest-deep water instead of running. The water carries most of your weight.",
        durationSeconds: 20 * 60,
        timesPerDay: 1,
        sources: [sources.article],
      },
      {
        id: "ice-then-heat",
        title: "Ice, then heat",
        detail:
          "An ice pack on the sore area for 10 minutes, then a heating pad for 15 minutes. Wrap the ice in a cloth, never straight on skin.",
        durationSeconds: (10 + 15) * 60,
        timesPerDay: 4,
        steps: [
          { title: "Ice pack", durationSeconds: 10 * 60 },
          { title: "Heating pad", durationSeconds: 15 * 60 },
        ],
        sources: [sources.article],
      },
      {
        id: "sleep-position",
        title: "Sleep with a pillow",
        detail:
          "On your back: a pillow under your knees. On your side: a pillow between your knees. Try not to sleep on your stomach.",
        sources: [sources.article],
      },
    ],
    avoid: [
      { id: "no-running", text: "No running for now: swap it for pool walking." },
      { id: "no-stretching", text: "No stretching while the pain is sharp: the irritated tissue needs calm." },
      { id: "no-foam-rolling", text: "No foam roller during a flare-up: it can turn a mild strain into a long one." },
      {
        id: "no-stomach-sleeping",
        text: "Avoid sleeping on your stomach: it flattens the lower back and twists the neck.",
      },
    ],
    sources: [sources.article],
  },
  rebuild: {
    weeks: 3,
    circuit: [deadBug, gluteBridgeBand, catCow, hip9090Rotation, singleLegRdl],
    circuitMinutes: 12,
    sources: [sources.article],
  },
  returnToRun: {
    weeks: [
      {
        week: 1,
        runSeconds: 60,
        walkSeconds: 3 * 60,
        rounds: 6,
        sessionsPerWeek: 3,
        prep: {
          id: "glute-activation",
          title: "Wake up your glutes",
          detail: "5 minutes of glute work before you start, for example bridges with the band.",
          timing: "before",
          durationSeconds: 5 * 60,
        },
        sources: [sources.article],
      },
      {
        week: 2,
        runSeconds: 2 * 60,
        walkSeconds: 2 * 60,
        rounds: 8,
        sessionsPerWeek: 3,
        prep: {
          id: "form-check",
          title: "Form checks",
          detail: "Every 10 minutes, check your posture: stand tall, no slouching.",
          timing: "during",
        },
        formCheckEverySeconds: 10 * 60,
        sources: [sources.article],
      },
      {
        week: 3,
        runSeconds: 4 * 60,
        walkSeconds: 60,
        rounds: 6,
        sessionsPerWeek: 4,
        prep: {
          id: "post-run-ice",
          title: "Ice straight after",
          detail: "Ice your lower back as soon as you finish.",
          timing: "after",
          // The article gives no length for this ice; we reuse its relief-phase 10 minutes.
          durationSeconds: 10 * 60,
        },
        sources: [sources.article],
      },
    ],
    sources: [sources.article, sources.neason2024],
  },
  strength: {
    exercises: [deadlift, hipThrust, singleLegRdl],
    sources: [sources.article],
  },
  mobility: {
    // 2 min per side of each hip and upper-back drill plus 2 min of cat-cow: the article's 10 minutes.
    exercises: [hip9090Rotation, thoracicOpenBook, catCow],
    sources: [sources.article],
  },
  pain: {
    stopThreshold0to10: 3,
    noImpactDaysMin: 3,
    noImpactDaysMax: 5,
    reliefHours: 72,
    importantChangePoints: 2,
    importantChangeShare: 0.3,
    noImprovementWindowDays: 14,
    nextMorningCheck: true,
    model: "article-stop-at-3",
  },
  load: {
    maxWeeklyIncreaseShare: 0.1,
    singleRunSpikeRatio: 1.1,
    singleRunSpikeWindowDays: 30,
  },
  cadence: {
    targetMinStepsPerMinute: 170,
    targetMaxStepsPerMinute: 180,
    stepIncreaseShare: 0.05,
  },
  shoes: {
    warnAtMeters: Math.round(300 * METERS_PER_MILE),
    replaceAtMeters: Math.round(500 * METERS_PER_MILE),
    idealDropMinMm: 6,
    idealDropMaxMm: 8,
  },
  maintenance: {
    strengthSessionsPerWeek: 2,
    mobilityMinutesDaily: 10,
    // "Monthly" sports massage, as a day interval the engine can count.
    massageEveryDays: 30,
    noConsecutiveConcreteDays: true,
    rotateSurfaces: ["trail", "track", "asphalt"],
  },
};
