import { alertRuleIds } from "@backstride/domain";
import { z } from "zod";

export const alertSchema = z
  .object({
    id: z.string(),
    runnerId: z.string(),
    runnerName: z.string(),
    rule: z.enum(alertRuleIds),
    level: z.enum(["emergency", "urgent", "warning", "info"]),
    title: z.string(),
    detail: z.string(),
    /** The runner's local day it is about. */
    localDate: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .meta({ id: "Alert" });

export const alertsResponseSchema = z.object({ alerts: z.array(alertSchema), unread: z.number().int() });
export const unreadAlertsResponseSchema = z.object({ unread: z.number().int() });

/** Mark these alerts read, or every alert with `all`. */
export const markAlertsReadBodySchema = z.union([
  z.object({ ids: z.array(z.uuid()).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);

export const alertSettingsSchema = z
  .object({
    rules: z.object(
      Object.fromEntries(alertRuleIds.map((id) => [id, z.boolean()])) as Record<
        (typeof alertRuleIds)[number],
        z.ZodBoolean
      >,
    ),
    digestEnabled: z.boolean(),
    /** Local hour (coach's time zone) at or after which the daily digest is mailed. */
    digestHour: z.number().int().min(0).max(23),
  })
  .strict()
  .meta({ id: "AlertSettings" });

const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "a time as HH:mm");
export const remindersSchema = z
  .object({
    /** Email me today's session at this local time; null = off. */
    sessionTime: localTimeSchema.nullable(),
    /** Email me the morning check-in at this local time; null = off. */
    morningTime: localTimeSchema.nullable(),
  })
  .strict()
  .meta({ id: "Reminders" });

export const calendarFeedSchema = z.object({
  /** The secret address, shown only right after it is made; null when there is no feed. */
  url: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.string().nullable(),
});
export const feedParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}\.ics$/) }).strict();
export const calendarResponseSchema = z.string().meta({ description: "An iCalendar (RFC 5545) document" });

export const carerRoleSchema = z.enum(["view", "adjust"]);
export const carerSchema = z.object({
  coachId: z.string(),
  name: z.string(),
  email: z.string(),
  /** view: reads the plan and log and messages; adjust: also changes the plan. */
  role: carerRoleSchema,
  since: z.string(),
});
export const carersResponseSchema = z.object({ carers: z.array(carerSchema) });
export const carerParamsSchema = z.object({ coachId: z.uuid() }).strict();
export const setCarerRoleBodySchema = z.object({ role: carerRoleSchema }).strict();

export type Alert = z.output<typeof alertSchema>;
export type AlertSettings = z.output<typeof alertSettingsSchema>;
export type Reminders = z.output<typeof remindersSchema>;
export type CalendarFeed = z.output<typeof calendarFeedSchema>;
export type Carer = z.output<typeof carerSchema>;
