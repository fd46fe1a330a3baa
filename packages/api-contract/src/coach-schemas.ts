import { coachAdjustmentSchema, localDateSchema } from "@backstride/domain";
import { z } from "zod";

export const inviteResponseSchema = z.object({ code: z.string(), expiresAt: z.string() });
export const inviteParamsSchema = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/) }).strict();
export const invitePreviewSchema = z.object({
  coach: z.object({ id: z.string(), name: z.string() }),
  expiresAt: z.string(),
});
export const acceptInviteResponseSchema = z.object({
  coach: z.object({ id: z.string(), name: z.string() }),
  since: z.string(),
});

export const accessResponseSchema = z.object({
  coaches: z.array(z.object({ coachId: z.string(), name: z.string(), email: z.string(), since: z.string() })),
});
export const coachParamsSchema = z.object({ coachId: z.uuid() }).strict();

export const auditResponseSchema = z.object({
  entries: z.array(
    z.object({
      coachId: z.string(),
      coachName: z.string(),
      /** What was read, e.g. "plan", "events", "messages". */
      action: z.string(),
      at: z.string(),
    }),
  ),
});

export const attentionSchema = z.object({
  /** Higher = look first. */
  score: z.number(),
  openRedFlag: z.enum(["emergency", "urgent", "soon"]).nullable(),
  lastPain0to10: z.number().nullable(),
  lastPainDate: z.string().nullable(),
  /** Compares the last 7 days' average pain with the 7 before (2 points or 30% = a real change). */
  painTrend: z.enum(["rising", "falling", "steady"]).nullable(),
  /** Share this week's distance exceeds last week's (0.25 = +25%), when over the 10% cap. */
  loadJumpShare: z.number().nullable(),
  daysSinceLastActivity: z.number().nullable(),
  /** Plain words for each item that raised the score. */
  reasons: z.array(z.string()),
});

export const athletesResponseSchema = z.object({
  athletes: z.array(
    z.object({
      runnerId: z.string(),
      name: z.string(),
      since: z.string(),
      attention: attentionSchema,
      /** Where the runner is in the plan today, so the roster needs no read of each plan. */
      phase: z.enum(["onboarding", "relief", "rebuild", "return", "progression", "maintenance"]),
      week: z.number().nullable(),
      runningAllowed: z.boolean(),
    }),
  ),
});

export const athleteParamsSchema = z.object({ runnerId: z.uuid() }).strict();

export const adjustmentBodySchema = z
  .object({
    /** Client-generated UUID: the idempotency key of the event. */
    id: z.uuid(),
    occurredAt: z.iso.datetime({ offset: true }),
    localDate: localDateSchema,
    adjustment: coachAdjustmentSchema.shape.adjustment,
  })
  .strict();
export const adjustmentResponseSchema = z.object({
  id: z.string(),
  status: z.enum(["created", "duplicate"]),
});

export const messageSchema = z
  .object({
    id: z.string(),
    runnerId: z.string(),
    coachId: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    body: z.string(),
    sentAt: z.string(),
  })
  .meta({ id: "Message" });
export const messagesResponseSchema = z.object({ messages: z.array(messageSchema) });

/** `id` is client-generated, so a retried send stores one message. */
export const coachMessageBodySchema = z.object({ id: z.uuid(), body: z.string().trim().min(1).max(4000) }).strict();
export const runnerMessageBodySchema = z
  .object({ id: z.uuid(), coachId: z.uuid(), body: z.string().trim().min(1).max(4000) })
  .strict();
