import { addDays, localDateSchema } from "@backstride/domain";
import { z } from "zod";

/**
 * The clinician report's period and paper. Without dates the report covers the 12 weeks up to the
 * runner's today (or from the plan's start, if later), as the app's report page does.
 */
export const reportQuerySchema = z
  .object({
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
    paper: z.enum(["a4", "letter"]).default("a4"),
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: "the first day must come before the last",
    path: ["from"],
  })
  .refine((query) => !query.from || !query.to || addDays(query.from, 366) >= query.to, {
    message: "choose a period of at most a year",
    path: ["to"],
  });
export type ReportQuery = z.output<typeof reportQuerySchema>;

export const pdfResponseSchema = z
  .string()
  .meta({ description: "A PDF document (one page per runner and period, black on white)", format: "binary" });
