import { z } from "zod";

/** Upload limits, shared so the app can refuse early with the same numbers. */
export const importLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFiles: 200,
  maxTotalBytes: 256 * 1024 * 1024,
} as const;

export const importFileResultSchema = z
  .object({
    file: z.string(),
    /** queued: an archive; follow the job at GET /api/imports/:jobId. */
    status: z.enum(["imported", "duplicate", "error", "queued"]),
    message: z.string(),
    /** Ids of the run.logged events created (or found, for duplicates). */
    runIds: z.array(z.string()),
    jobId: z.string().optional(),
  })
  .meta({ id: "ImportFileResult" });
export type ImportFileResult = z.infer<typeof importFileResultSchema>;

export const importResponseSchema = z.object({ results: z.array(importFileResultSchema) });

export const importJobParamsSchema = z.object({ jobId: z.uuid() }).strict();
export const importJobSchema = z
  .object({
    jobId: z.string(),
    fileName: z.string(),
    status: z.enum(["queued", "running", "done", "failed"]),
    processedFiles: z.number(),
    totalFiles: z.number(),
    results: z.array(importFileResultSchema),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: "ImportJob" });
