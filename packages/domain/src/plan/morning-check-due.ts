import { addDays } from "../dates/add-days.ts";
import { isImpact, knownPainOf } from "./machine/snapshot-ops.ts";
import type { PlanContext } from "./plan-context.ts";
import type { PlanState } from "./plan-types.ts";

/**
 * Today is the morning after an impact session (and the next-morning check is on): Today asks how the
 * back feels. A pain stop yesterday has its own longer rule, so it is not asked about here.
 */
export function morningCheckDue(ctx: Pick<PlanContext, "events" | "today" | "settings">): PlanState["morningCheck"] {
  if (!ctx.settings.nextMorningCheck) return null;
  const yesterday = addDays(ctx.today, -1);
  const session = ctx.events.findLast(
    (event) =>
      event.localDate === yesterday &&
      isImpact(event) &&
      !((knownPainOf(event) ?? -1) >= ctx.settings.stopThreshold0to10),
  );
  if (!session) return null;
  const answered = ctx.events.some((event) => event.localDate === ctx.today && event.type === "pain.checkin");
  return { sessionEventId: session.id, sessionDate: yesterday, answered };
}
