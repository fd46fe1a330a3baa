import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { BackstrideEvent } from "../events/events.ts";
import { adjustmentLoosens, adjustmentReason } from "./coach-loosening.ts";
import type { PlanContext } from "./plan-context.ts";
import type { CoachChange } from "./plan-types.ts";

function describe(event: Extract<BackstrideEvent, { type: "coach.adjustment" }>): string | null {
  const adjustment = event.adjustment;
  const on = formatDay(event.localDate);
  switch (adjustment.kind) {
    case "pain-threshold":
      return `Your coach set your pain stop to ${adjustment.pain0to10}/10 on ${on}`;
    case "next-morning-check":
      return `Your coach switched off the next-morning check on ${on}`;
    default:
      return null;
  }
}

/**
 * The coach's changes that loosen safety, in the runner's words with the coach's written reason, and
 * whether each is in force. One without a reason, or any while a flag is open, is shown but not applied.
 */
export function coachChanges(
  ctx: Pick<PlanContext, "events" | "settings" | "protocol" | "timeline" | "today">,
): CoachChange[] {
  const inForce = new Set(
    [ctx.settings.thresholdFromCoach, ctx.settings.nextMorningFromCoach].flatMap((e) => (e ? [e.id] : [])),
  );
  const suspended = new Map(ctx.settings.suspended.map((s) => [s.event.id, s.because]));
  const changes: CoachChange[] = [];
  for (const event of ctx.events) {
    if (event.type !== "coach.adjustment" || !adjustmentLoosens(event.adjustment, ctx.protocol)) continue;
    if (event.adjustment.kind === "skip-week") {
      // A skip happens once; it is news for two weeks, and applied only if the machine took it.
      if (event.localDate < addDays(ctx.today, -14)) continue;
      const applied = ctx.timeline.transitions.some(
        (t) => t.ruleId === "coach-skip-week" && t.localDate === event.localDate,
      );
      changes.push({
        id: event.id,
        since: event.localDate,
        text: `Your coach moved you on a walk/run week on ${formatDay(event.localDate)}: ${event.adjustment.reason}${applied ? "" : " It was not applied: a warning sign was open or impact was held off that day."}`,
        inForce: applied,
      });
      continue;
    }
    if (!inForce.has(event.id) && !suspended.has(event.id)) continue;
    const text = describe(event);
    if (text === null) continue;
    const reasonText = adjustmentReason(event.adjustment);
    const because = suspended.get(event.id);
    const note =
      because === "no-reason"
        ? " It is not applied: a change that loosens safety needs a written reason."
        : because === "flag-open"
          ? ` It is not applied while a warning sign is open: the stop stays at ${ctx.protocol.pain.stopThreshold0to10}/10.`
          : "";
    changes.push({
      id: event.id,
      since: event.localDate,
      text: `${text}${reasonText ? `: ${reasonText}` : "."}${note}`,
      inForce: because === undefined,
    });
  }
  return changes;
}
