import { z } from "zod";
import { type SessionKind, sessionKinds } from "./session-kinds.ts";

/**
 * The event vocabulary. Every change a runner or coach makes is one of these events; the plan engine
 * is a fold over them. It is also the sync format (offline outbox -> server) and the export format,
 * so every type carries a version and old versions stay readable. Documented in docs/events.md.
 */

/** A calendar date in the runner's own time zone, `YYYY-MM-DD`. The engine reasons in local days. */
export const localDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((value) => {
    const [y, m, d] = value.split("-").map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, "not a real calendar date");
export type LocalDate = z.infer<typeof localDateSchema>;

/** Pain on the numeric rating scale: 0 none, 3 stop running, 10 worst imaginable. */
export const pain0to10Schema = z.number().int().min(0).max(10);

export const surfaceSchema = z.enum([
  "asphalt",
  "concrete",
  "trail",
  "track",
  "treadmill",
  "grass",
  "mixed",
  "unknown",
]);
export type Surface = z.infer<typeof surfaceSchema>;

const baseFields = {
  /** Client-generated UUID (v7 preferred): the idempotency key of the event. */
  id: z.uuid(),
  version: z.literal(1),
  /** When it happened, ISO 8601 with offset. */
  occurredAt: z.iso.datetime({ offset: true }),
  /** The runner's local calendar day it belongs to. */
  localDate: localDateSchema,
  /** Who recorded it when not the runner (a coach's user id). */
  authorId: z.string().min(1).max(64).optional(),
};

export const triageAnsweredSchema = z
  .object({
    ...baseFields,
    type: z.literal("triage.answered"),
    /** Answers to the red-flag questions by stable question id: true = yes. Unanswered = no. */
    answers: z.record(z.string().min(1).max(64), z.boolean()),
    context: z.enum(["onboarding", "flare-up", "leg-symptoms", "recheck"]),
  })
  .strict();

export const causesAssessedSchema = z
  .object({
    ...baseFields,
    type: z.literal("causes.assessed"),
    /** Answers to the cause-finder questions by stable question id. */
    answers: z.record(z.string().min(1).max(64), z.boolean()),
    /**
     * The runner's usual weekly distance before the pain, metres (optional, added in version 1 without
     * breaking it). The plan reaches maintenance when the runner is back to it and pain-free.
     */
    usualWeeklyDistanceMeters: z.number().min(0).max(1_000_000).optional(),
  })
  .strict();

export const sessionKindSchema = z.enum(sessionKinds);
export type { SessionKind };

export const sessionCompletedSchema = z
  .object({
    ...baseFields,
    type: z.literal("session.completed"),
    kind: sessionKindSchema,
    /** For walk-run sessions: which return-to-running week (1-3) it belonged to. */
    returnWeek: z.number().int().min(1).max(3).optional(),
    roundsPlanned: z.number().int().min(0).max(100).optional(),
    roundsCompleted: z.number().int().min(0).max(100).optional(),
    durationSeconds: z.number().min(0).max(86_400),
    painDuring0to10: pain0to10Schema.optional(),
    painAfter0to10: pain0to10Schema.optional(),
    /** True when the session was stopped before its end (for example pain reached the threshold). */
    endedEarly: z.boolean().default(false),
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const runLoggedSchema = z
  .object({
    ...baseFields,
    type: z.literal("run.logged"),
    distanceMeters: z.number().min(0).max(500_000),
    durationSeconds: z.number().min(0).max(604_800),
    movingSeconds: z.number().min(0).max(604_800).optional(),
    surface: surfaceSchema.default("unknown"),
    shoeId: z.string().min(1).max(64).optional(),
    painDuring0to10: pain0to10Schema.optional(),
    painAfter0to10: pain0to10Schema.optional(),
    notes: z.string().max(2000).optional(),
    source: z.enum(["manual", "import"]).default("manual"),
    /** Average cadence while moving, steps per minute (both feet). */
    cadenceStepsPerMinute: z.number().min(0).max(300).optional(),
    /** Share of distance on grades steeper than -3%, 0..1. */
    downhillShare: z.number().min(0).max(1).optional(),
    elevationGainMeters: z.number().min(0).max(20_000).optional(),
    elevationLossMeters: z.number().min(0).max(20_000).optional(),
    /** Content hash of the imported file, so a re-upload never doubles a run. */
    importHash: z.string().max(128).optional(),
  })
  .strict();

export const painCheckInSchema = z
  .object({
    ...baseFields,
    type: z.literal("pain.checkin"),
    pain0to10: pain0to10Schema,
    /** New pain, numbness or tingling in a leg (the first, single question; kept for older clients). */
    legSymptoms: z.boolean().default(false),
    /**
     * "morning" answers the next-morning question after an impact session; "evening" and "any" are
     * ordinary readings. Absent on older events (read as "any").
     */
    moment: z.enum(["morning", "evening", "any"]).optional(),
    /** Structured neurological symptoms (plan engine v2). Any of them blocks impact at once. */
    legPain: z.boolean().optional(),
    numbnessOrTingling: z.boolean().optional(),
    weakness: z.boolean().optional(),
    /** Bladder, bowel or saddle-area changes: a cauda equina warning sign, an emergency on its own. */
    bladderBowelSaddle: z.boolean().optional(),
    notes: z.string().max(2000).optional(),
  })
  .strict();

/**
 * Pain at the door: how the runner arrives. The plan starts in relief when the episode began within
 * 72 hours or today's pain is at or above 4/10; leg symptoms put the red-flag questions first.
 */
export const episodeReportedSchema = z
  .object({
    ...baseFields,
    type: z.literal("episode.reported"),
    pain0to10: pain0to10Schema,
    /** When this episode of back pain began, ISO 8601 with offset. */
    onsetAt: z.iso.datetime({ offset: true }),
    /** Pain, numbness or tingling going into a leg. */
    legSymptoms: z.boolean(),
  })
  .strict();

/**
 * The pain of an earlier session or run that was saved without it ("Mark done", "End session" with no
 * answer, an imported run). Until it comes the pain is unknown: never a stop, never a pass.
 */
export const painRecordedSchema = z
  .object({
    ...baseFields,
    type: z.literal("pain.recorded"),
    /** The id of the session.completed or run.logged event it belongs to. */
    forEventId: z.uuid(),
    painDuring0to10: pain0to10Schema.optional(),
    painAfter0to10: pain0to10Schema.optional(),
  })
  .strict();

/** A correction to a logged run; the plan recomputes as if the run had been logged this way. */
export const runCorrectedSchema = z
  .object({
    ...baseFields,
    type: z.literal("run.corrected"),
    forEventId: z.uuid(),
    changes: z
      .object({
        distanceMeters: z.number().min(0).max(500_000).optional(),
        durationSeconds: z.number().min(0).max(604_800).optional(),
        surface: surfaceSchema.optional(),
        shoeId: z.string().min(1).max(64).nullable().optional(),
        painDuring0to10: pain0to10Schema.optional(),
        painAfter0to10: pain0to10Schema.optional(),
        notes: z.string().max(2000).optional(),
      })
      .strict(),
  })
  .strict();

/**
 * Takes back a run, session or check-in logged by mistake. Red-flag answers, clearances and coach
 * adjustments cannot be taken back this way: they are clinical records.
 */
export const entryDeletedSchema = z
  .object({
    ...baseFields,
    type: z.literal("entry.deleted"),
    forEventId: z.uuid(),
    reason: z.string().max(500).optional(),
  })
  .strict();

export const flareUpSchema = z
  .object({
    ...baseFields,
    type: z.literal("flare-up.reported"),
    pain0to10: pain0to10Schema,
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const clearanceRecordedSchema = z
  .object({
    ...baseFields,
    type: z.literal("clearance.recorded"),
    /** Who cleared the runner (name and role, e.g. "Dr. Lee, sports physician"). */
    clinician: z.string().min(1).max(200),
    /** What kind of clinician (absent on older events). */
    clinicianRole: z.enum(["gp", "physio", "emergency-department", "specialist", "other"]).optional(),
    /** The day the runner was seen, in their own time zone (absent: the day it was recorded). */
    seenOn: localDateSchema.optional(),
    /** Which red-flag questions the clearance is for, by question id (absent: every open flag). */
    flagIds: z.array(z.string().min(1).max(64)).max(40).optional(),
    /** "visit": a clinician has seen the runner about a "soon" flag (e.g. no better after 2 weeks). */
    kind: z.enum(["clearance", "visit"]).optional(),
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const coachAdjustmentSchema = z
  .object({
    ...baseFields,
    type: z.literal("coach.adjustment"),
    adjustment: z.discriminatedUnion("kind", [
      z
        .object({
          kind: z.literal("pain-threshold"),
          pain0to10: z.number().int().min(1).max(5),
          /** Required to loosen (a stop above the protocol's): shown to the runner. */
          reason: z.string().min(1).max(500).optional(),
        })
        .strict(),
      z
        .object({
          kind: z.literal("next-morning-check"),
          enabled: z.boolean(),
          /** Required to switch it off: shown to the runner. */
          reason: z.string().min(1).max(500).optional(),
        })
        .strict(),
      z.object({ kind: z.literal("skip-week"), reason: z.string().min(1).max(500) }).strict(),
      z.object({ kind: z.literal("hold-week"), reason: z.string().min(1).max(500) }).strict(),
      z.object({ kind: z.literal("weekly-distance-cap"), distanceMeters: z.number().min(0).max(500_000) }).strict(),
      z.object({ kind: z.literal("rebuild-first"), enabled: z.boolean() }).strict(),
      z.object({ kind: z.literal("note"), text: z.string().min(1).max(2000) }).strict(),
    ]),
  })
  .strict();

/** The moments the outcome measures are due: the start, weeks 2, 4, 8 and 12, and discharge. */
export const outcomeTimepoints = ["baseline", "week-2", "week-4", "week-8", "week-12", "discharge"] as const;
export type OutcomeTimepoint = (typeof outcomeTimepoints)[number];

/**
 * Outcome measures that are free to use (docs/decisions/outcome-measures.md): pain intensity (NPRS),
 * the Patient-Specific Functional Scale and, from week 2 on, a global rating of change.
 */
export const outcomesRecordedSchema = z
  .object({
    ...baseFields,
    type: z.literal("outcomes.recorded"),
    timepoint: z.enum(outcomeTimepoints),
    /** Pain intensity 0-10: now, and the average and the worst over the past week. */
    nprs: z.object({ now0to10: pain0to10Schema, average0to10: pain0to10Schema, worst0to10: pain0to10Schema }).strict(),
    /** Up to three activities the runner finds hard, each 0 (cannot do it) to 10 (as before the pain). */
    psfs: z
      .array(
        z.object({ activity: z.string().trim().min(1).max(80), score0to10: z.number().int().min(0).max(10) }).strict(),
      )
      .max(3),
    /** Global rating of change since the start, -7 (a very great deal worse) to +7; asked from week 2 on. */
    groc: z.number().int().min(-7).max(7).optional(),
  })
  .strict();

/** How sure the form check is of one measure (docs/decisions/form-check-model.md). */
export const formConfidenceSchema = z.enum(["high", "medium", "low"]);

function formMeasure(min: number, max: number) {
  return z.object({ value: z.number().min(min).max(max), confidence: formConfidenceSchema }).strict();
}

/**
 * A running-form check from a phone video, analysed on the device. Only the measures are kept: no video,
 * no frame, no keypoints. A cadence measured here feeds the cadence target like a watch's.
 */
export const formCheckedSchema = z
  .object({
    ...baseFields,
    type: z.literal("form.checked"),
    /** The way the camera looked at the runner: side (cadence, lean, overstride, bounce) or rear (pelvic drop). */
    view: z.enum(["side", "rear"]),
    /** Seconds of steady running analysed. */
    analysedSeconds: z.number().positive().max(600),
    /** The pose model that found the keypoints, so later checks compare like with like. */
    model: z.string().min(1).max(64),
    measures: z
      .object({
        cadenceStepsPerMinute: formMeasure(60, 260),
        /** Degrees from vertical, forward positive. */
        trunkLeanDegrees: formMeasure(-60, 60).optional(),
        /** Landing ankle ahead of the hips, in leg lengths. */
        overstrideLegLengths: formMeasure(-2, 2).optional(),
        /** Shin from vertical at landing, ankle ahead of knee positive. */
        shinAngleDegrees: formMeasure(-60, 60).optional(),
        /** Hips' rise and fall per step, in leg lengths. */
        verticalOscillationLegLengths: formMeasure(0, 1).optional(),
        /** Contralateral pelvic drop, degrees (rear view). */
        pelvicDropDegrees: formMeasure(0, 45).optional(),
      })
      .strict(),
  })
  .strict();

export const backstrideEventSchema = z.discriminatedUnion("type", [
  triageAnsweredSchema,
  causesAssessedSchema,
  sessionCompletedSchema,
  runLoggedSchema,
  painCheckInSchema,
  flareUpSchema,
  clearanceRecordedSchema,
  coachAdjustmentSchema,
  episodeReportedSchema,
  painRecordedSchema,
  runCorrectedSchema,
  entryDeletedSchema,
  outcomesRecordedSchema,
  formCheckedSchema,
]);

export type BackstrideEvent = z.infer<typeof backstrideEventSchema>;
export type BackstrideEventInput = z.input<typeof backstrideEventSchema>;
export type EventType = BackstrideEvent["type"];
export type EventOf<T extends EventType> = Extract<BackstrideEvent, { type: T }>;
export const eventTypes = backstrideEventSchema.options.map((option) => option.shape.type.value);
