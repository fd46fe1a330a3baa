import { coachAdjustmentSchema, localDateSchema } from "@backstride/domain";
import { z } from "zod";

/** `code` is grouped for reading aloud ("7KQ2M-XW9RD"); `link` opens the app at the invite. */
export const inviteResponseSchema = z.object({ code: z.string(), link: z.string(), expiresAt: z.string() });
/** A short code in any case with or without its hyphen, or a legacy 32-character code until it expires. */
export const inviteParamsSchema = z.object({ code: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }).strict();
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

export const rosterFilterSchema = z.enum([
  "needs-attention",
  "red-flag",
  "no-checkin-3-days",
  "missed-3-sessions",
  "pain-at-stop",
  "measures-due",
]);

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
  daysSinceCheckin: z.number().nullable(),
  missedSessions7: z.number(),
  painAtStop: z.boolean(),
  measuresDue: z.boolean(),
  /** Plain words for each item that raised the score: why the runner is where they are. */
  reasons: z.array(z.string()),
  matches: z.array(rosterFilterSchema),
});

const adherenceSchema = z.object({ planned: z.number(), done: z.number(), share: z.number().nullable() });

/** attention: who needs a look first; pain: highest last pain first; adherence: lowest 7-day first; activity: quietest first. */
export const rosterSortSchema = z.enum(["attention", "name", "pain", "adherence", "activity"]);

export const rosterQuerySchema = z
  .object({
    filter: rosterFilterSchema.optional(),
    q: z.string().max(100).optional(),
    groupId: z.uuid().optional(),
    sort: rosterSortSchema.optional(),
    /** Rows per page (default 50): the database sorts and filters every runner, the answer carries one page. */
    limit: z.coerce.number().int().min(1).max(200).optional(),
    offset: z.coerce.number().int().min(0).max(100_000).optional(),
  })
  .strict();

export const athletesResponseSchema = z.object({
  athletes: z.array(
    z.object({
      runnerId: z.string(),
      name: z.string(),
      since: z.string(),
      groupIds: z.array(z.string()),
      /** The runner's today; `asOf` is the day the stored summary is from (earlier while it is refreshed). */
      today: z.string(),
      asOf: z.string().nullable(),
      attention: attentionSchema.nullable(),
      /** Where the runner is in the plan, from the stored summary: no plan is computed for the roster. */
      phase: z.enum(["onboarding", "relief", "rebuild", "return", "progression", "maintenance"]).nullable(),
      state: z.string().nullable(),
      stateReason: z.string().nullable(),
      week: z.number().nullable(),
      runningAllowed: z.boolean().nullable(),
      stopThreshold0to10: z.number().nullable(),
      openFlags: z.array(z.object({ level: z.string(), title: z.string(), since: z.string() })),
      adherence7: adherenceSchema.nullable(),
      adherence28: adherenceSchema.nullable(),
      /** Highest pain of each of the last 14 days, oldest first (null: none reported). */
      painSparkline: z.array(z.number().nullable()),
      lastActivityDate: z.string().nullable(),
      unreadMessages: z.number(),
      lastMessageAt: z.string().nullable(),
    }),
  ),
  /** Runners on the roster before filters and search. */
  total: z.number(),
  /** Runners matching the filter, search and group, across all pages; `athletes` is rows offset..offset+limit. */
  matching: z.number(),
  offset: z.number(),
  limit: z.number(),
  /** Rows shown as of an earlier day while their summary is brought up to date. */
  updating: z.number(),
});

export const groupSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), runnerIds: z.array(z.string()) })
  .meta({ id: "AthleteGroup" });
export const groupsResponseSchema = z.object({ groups: z.array(groupSchema) });
export const groupParamsSchema = z.object({ groupId: z.uuid() }).strict();
export const groupBodySchema = z
  .object({ name: z.string().trim().min(1).max(60), runnerIds: z.array(z.uuid()).max(1000) })
  .strict();
export const groupMessageResponseSchema = z.object({ sentTo: z.array(z.string()) });

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
