import type { Handlers } from "../http/request-context.ts";
import { alertsHandlers } from "./alerts/alerts-handlers.ts";
import { authHandlers } from "./auth/auth-handlers.ts";
import { mailHandlers } from "./auth/mail-handlers.ts";
import { coachingHandlers } from "./coaching/coaching-handlers.ts";
import { eventsHandlers } from "./events/events-handlers.ts";
import { exportHandlers } from "./export/export-handlers.ts";
import { importsHandlers } from "./imports/imports-handlers.ts";
import { planHandlers } from "./plan/plan-handlers.ts";
import { profileHandlers } from "./profile/profile-handlers.ts";
import { reportHandlers } from "./report/report-handlers.ts";
import { runsHandlers } from "./runs/runs-handlers.ts";
import { shoesHandlers } from "./shoes/shoes-handlers.ts";
import { systemHandlers } from "./system/system-handlers.ts";

/** One handler per route of the contract; the type makes a route without a handler a compile error. */
export const routeHandlers: Handlers = {
  ...systemHandlers,
  ...authHandlers,
  ...mailHandlers,
  ...profileHandlers,
  ...eventsHandlers,
  ...planHandlers,
  ...runsHandlers,
  ...shoesHandlers,
  ...importsHandlers,
  ...exportHandlers,
  ...coachingHandlers,
  ...alertsHandlers,
  ...reportHandlers,
};
