import { z } from "zod";

export const healthResponseSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
  version: z.string(),
});
export const openApiResponseSchema = z.record(z.string(), z.unknown());
export const htmlResponseSchema = z.string();
export const emptyQuerySchema = z.object({}).strict();
