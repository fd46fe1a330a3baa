import { backstrideEventSchema } from "@backstride/domain";
import { z } from "zod";

/** Largest batch one sync request may carry; the outbox sends more in several requests. */
export const maxEventsPerBatch = 500;

export const eventSchema = backstrideEventSchema.meta({ id: "BackstrideEvent" });

export const postEventsBodySchema = z
  .object({ events: z.array(z.unknown()).min(1).max(maxEventsPerBatch) })
  .strict()
  .meta({
    description:
      "Each element must be a BackstrideEvent; invalid elements are reported per item (status 'invalid') without failing the batch.",
  });

/**
 * created: stored now; duplicate: the same id with the same body was stored before (same answer again);
 * conflict: the same id was stored with a different body (nothing changed); invalid: failed validation.
 */
export const eventResultSchema = z.object({
  id: z.string().nullable(),
  status: z.enum(["created", "duplicate", "conflict", "invalid"]),
  message: z.string().optional(),
  field: z.string().optional(),
});
export type EventResult = z.infer<typeof eventResultSchema>;

export const postEventsResponseSchema = z.object({ results: z.array(eventResultSchema) });

export const eventsQuerySchema = z
  .object({
    /** The `nextCursor` of the previous page; absent = from the beginning. */
    after: z
      .string()
      .regex(/^\d{1,15}$/, "expected a cursor from a previous response")
      .optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(500),
  })
  .strict();

export const eventsPageSchema = z.object({
  events: z.array(eventSchema),
  /** Pass as `after` to get what came next; stays the same when nothing new arrived. */
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
export type EventsPage = z.infer<typeof eventsPageSchema>;
