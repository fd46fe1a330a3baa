import type { SessionKind } from "../events/events.ts";
import type { PlanContext } from "./plan-context.ts";
import type { PlanTask, PlanTaskKind } from "./plan-types.ts";

/** True when a session of this kind is logged today. */
export function sessionDoneToday(ctx: PlanContext, kind: SessionKind): boolean {
  return ctx.todaysEvents.some((event) => event.type === "session.completed" && event.kind === kind);
}

/** A task for today with a stable id (`day:kind[:suffix]`), not done unless said. */
export function task(
  ctx: PlanContext,
  kind: PlanTaskKind,
  fields: Omit<PlanTask, "id" | "kind" | "done"> & { done?: boolean; suffix?: string },
): PlanTask {
  const { suffix, done, ...rest } = fields;
  return { id: `${ctx.today}:${kind}${suffix ? `:${suffix}` : ""}`, kind, done: done ?? false, ...rest };
}
