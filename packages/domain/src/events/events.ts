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
    /** New pain, numbness or tingling in a leg: re-asks the red-flag questions. */
    legSymptoms: z.boolean().default(false),
    notes: z.string().max(2000).optional(),
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
    notes: z.string().max(2000).optional(),
  })
  .strict();

export const coachAdjustmentSchema = z
  .object({
    ...baseFields,
    type: z.literal("coach.adjustment"),
    adjustment: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("pain-threshold"), pain0to10: z.number().int().min(1).max(5) }).strict(),
      z.object({ kind: z.literal("hold-week"), reason: z.string().min(1).max(500) }).strict(),
      z.object({ kind: z.literal("weekly-distance-cap"), distanceMeters: z.number().min(0).max(500_000) }).strict(),
      z.object({ kind: z.literal("rebuild-first"), enabled: z.boolean() }).strict(),
      z.object({ kind: z.literal("note"), text: z.string().min(1).max(2000) }).strict(),
    ]),
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
]);

export type BackstrideEvent = z.infer<typeof backstrideEventSchema>;
export type BackstrideEventInput = z.input<typeof backstrideEventSchema>;
export type EventType = BackstrideEvent["type"];
export type EventOf<T extends EventType> = Extract<BackstrideEvent, { type: T }>;
export const eventTypes = backstrideEventSchema.options.map((option) => option.shape.type.value);
