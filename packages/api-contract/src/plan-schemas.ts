import { z } from "zod";

/** Mirrors PlanState of @backstride/domain (packages/domain/src/plan/plan-types.ts) for the OpenAPI document. */
const sourceRefSchema = z.object({ id: z.string(), label: z.string(), finding: z.string().optional() });

const dosageSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("sets-reps"), sets: z.number(), reps: z.number(), perSide: z.boolean() }),
  z.object({ kind: z.literal("duration"), durationSeconds: z.number(), perSide: z.boolean() }),
  z.object({ kind: z.literal("repeat-daily"), durationSeconds: z.number(), timesPerDay: z.number() }),
]);

const exerciseSchema = z.object({
  id: z.string(),
  name: z.string(),
  dosage: dosageSchema,
  equipment: z.string().optional(),
  loadKg: z.number().optional(),
  howTo: z.array(z.string()),
  feel: z.string(),
  targets: z.array(z.string()),
  optional: z.boolean(),
  sources: z.array(sourceRefSchema),
});

const returnWeekSchema = z.object({
  week: z.number(),
  runSeconds: z.number(),
  walkSeconds: z.number(),
  rounds: z.number(),
  sessionsPerWeek: z.number(),
  prep: z.object({
    id: z.string(),
    title: z.string(),
    detail: z.string(),
    timing: z.enum(["before", "during", "after"]),
    durationSeconds: z.number().optional(),
  }),
  formCheckEverySeconds: z.number().optional(),
  sources: z.array(sourceRefSchema),
});

const planReasonSchema = z.object({ code: z.string(), text: z.string(), sources: z.array(sourceRefSchema) });

const redFlagLevelSchema = z.enum(["emergency", "urgent", "soon", "none"]);

const redFlagResultSchema = z.object({
  level: redFlagLevelSchema,
  flags: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      hint: z.string().optional(),
      level: z.enum(["emergency", "urgent", "soon"]),
      concern: z.string(),
      sources: z.array(sourceRefSchema),
    }),
  ),
  title: z.string(),
  actions: z.array(z.string()),
  blocksRunningUntilClearance: z.boolean(),
});

const planTaskSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  dosage: z.string(),
  durationSeconds: z.number().optional(),
  exercises: z.array(exerciseSchema).optional(),
  walkRun: returnWeekSchema.optional(),
  maxDistanceMeters: z.number().optional(),
  reason: planReasonSchema,
  done: z.boolean(),
});

export const planStateSchema = z
  .object({
    today: z.string(),
    phase: z.enum(["onboarding", "relief", "rebuild", "return", "progression", "maintenance"]),
    week: z.number().nullable(),
    returnWeek: z.number().nullable(),
    runningAllowed: z.boolean(),
    noImpactUntil: z.string().nullable(),
    redFlag: redFlagResultSchema.nullable(),
    tasks: z.array(planTaskSchema),
    flags: z.array(
      z.object({
        id: z.string(),
        level: z.enum(["emergency", "urgent", "soon", "warning", "info"]),
        title: z.string(),
        text: z.string(),
        since: z.string(),
        sources: z.array(sourceRefSchema),
      }),
    ),
    week7: z.array(z.object({ date: z.string(), impactAllowed: z.boolean(), summary: z.string(), done: z.boolean() })),
    nextMilestone: z.object({ title: z.string(), detail: z.string(), date: z.string().nullable() }).nullable(),
    load: z.object({
      thisWeekMeters: z.number(),
      lastWeekMeters: z.number(),
      weeklyCapMeters: z.number().nullable(),
      longestRecentRunMeters: z.number(),
    }),
    reasons: z.array(planReasonSchema),
  })
  .meta({ id: "PlanState" });
