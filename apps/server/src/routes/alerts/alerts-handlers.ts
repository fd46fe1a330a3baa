import type { Handlers } from "../../http/request-context.ts";
import { RawBody } from "../../http/request-context.ts";

type AlertRoutes =
  | "listAlerts"
  | "unreadAlerts"
  | "markAlertsRead"
  | "getAlertSettings"
  | "putAlertSettings"
  | "getReminders"
  | "putReminders"
  | "getCalendarFeed"
  | "createCalendarFeed"
  | "revokeCalendarFeed"
  | "calendarFeed"
  | "listCarers"
  | "setCarerRole";

export const alertsHandlers: Pick<Handlers, AlertRoutes> = {
  listAlerts: async ({ auth, services }) => services.alerts.inbox(auth.userId),
  unreadAlerts: async ({ auth, services }) => services.alerts.unread(auth.userId),
  markAlertsRead: async ({ auth, body, services }) => services.alerts.markRead(auth.userId, body),
  getAlertSettings: async ({ auth, services }) => services.alerts.settings(auth.userId),
  putAlertSettings: async ({ auth, body, services }) => services.alerts.saveSettings(auth.userId, body),
  getReminders: async ({ auth, services }) => {
    const row = await services.repositories.reminders.find(auth.userId);
    return { sessionTime: row?.sessionTime ?? null, morningTime: row?.morningTime ?? null };
  },
  putReminders: async ({ auth, body, services }) => {
    await services.repositories.reminders.save({ userId: auth.userId, ...body }, services.clock.now().toISOString());
    return body;
  },
  getCalendarFeed: async ({ auth, services }) => services.calendarFeeds.status(auth.userId),
  createCalendarFeed: async ({ auth, services }) => services.calendarFeeds.create(auth.userId),
  revokeCalendarFeed: async ({ auth, services }) => services.calendarFeeds.revoke(auth.userId),
  calendarFeed: async ({ params, reply, services }) => {
    const text = await services.calendarFeeds.render(params.token);
    // A calendar app polls this; the secret is in the address, so no shared cache may keep it.
    reply.header("cache-control", "private, max-age=300");
    return new RawBody(text, "text/calendar; charset=utf-8");
  },
  listCarers: async ({ auth, services }) => services.carers.list(auth.userId),
  setCarerRole: async ({ auth, params, body, services }) =>
    services.carers.setRole(auth.userId, params.coachId, body.role),
};
