import { surfaceSchema } from "@backstride/domain";
import { z } from "zod";

const cadenceBandsSchema = z.object({
  below160: z.number(),
  from160to170: z.number(),
  from170to180: z.number(),
  above180: z.number(),
});

/** What was kept from an imported file beside the run.logged event (never the GPS track unless opted in). */
export const runImportDetailSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  sport: z.string(),
  startTime: z.string().nullable(),
  cadenceBands: cadenceBandsSchema.nullable(),
  heartRate: z.object({ avgBpm: z.number(), maxBpm: z.number() }).nullable(),
  runningDynamics: z
    .object({
      avgStanceTimeMs: z.number().optional(),
      avgVerticalOscillationMm: z.number().optional(),
      avgStepLengthMm: z.number().optional(),
    })
    .nullable(),
  name: z.string().nullable(),
});

export const runSchema = z
  .object({
    /** The id of the run.logged event. */
    id: z.string(),
    localDate: z.string(),
    occurredAt: z.string(),
    distanceMeters: z.number(),
    durationSeconds: z.number(),
    movingSeconds: z.number().nullable(),
    surface: surfaceSchema,
    shoeId: z.string().nullable(),
    shoeName: z.string().nullable(),
    painDuring0to10: z.number().nullable(),
    painAfter0to10: z.number().nullable(),
    notes: z.string().nullable(),
    source: z.enum(["manual", "import"]),
    cadenceStepsPerMinute: z.number().nullable(),
    downhillShare: z.number().nullable(),
    elevationGainMeters: z.number().nullable(),
    elevationLossMeters: z.number().nullable(),
    import: runImportDetailSchema.nullable(),
  })
  .meta({ id: "Run" });
export type Run = z.infer<typeof runSchema>;

export const runsQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(200),
    /** Only runs on or before this local date (paging backwards). */
    before: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
export const runsResponseSchema = z.object({ runs: z.array(runSchema) });
