import { z } from "zod";
import { eventResultSchema, eventSchema } from "./event-schemas.ts";
import { profileSchema } from "./profile-schemas.ts";

export const exportedShoeSchema = z
  .object({
    id: z.uuid(),
    name: z.string().min(1).max(100),
    brand: z.string().max(100).nullable(),
    dropMm: z.number().min(0).max(30).nullable(),
    startDistanceMeters: z.number().min(0).max(10_000_000),
    isDefault: z.boolean(),
    warnAtMeters: z.number().min(0).max(10_000_000).nullable(),
    replaceAtMeters: z.number().min(0).max(10_000_000).nullable(),
    retiredAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .strict();

/** Everything a runner owns, in the event vocabulary; also the input of POST /api/import-export. */
export const exportDocumentSchema = z
  .object({
    format: z.literal("backstride-export"),
    version: z.literal(1),
    exportedAt: z.iso.datetime({ offset: true }),
    profile: profileSchema,
    shoes: z.array(exportedShoeSchema).max(1000),
    events: z.array(eventSchema).max(200_000),
  })
  .strict()
  .meta({ id: "ExportDocument" });
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

export const importExportResponseSchema = z.object({
  /**
   * invalid: refused by the same rules as POST /api/events (an impossible run, a coach change from a
   * coach never let in). It and `refused` are optional only so that readers of older servers' answers
   * stay valid; this server always sends both.
   */
  events: z.object({
    created: z.number(),
    duplicate: z.number(),
    conflict: z.number(),
    invalid: z.number().optional(),
  }),
  /** The first 100 refused events, each with its reason. */
  refused: z.array(eventResultSchema).optional(),
  shoes: z.object({ created: z.number(), existing: z.number() }),
  profileUpdated: z.boolean(),
});

export const csvResponseSchema = z.string().meta({ description: "CSV (RFC 4180), header row first" });
