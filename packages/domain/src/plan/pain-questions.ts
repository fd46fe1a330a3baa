import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { LocalDate } from "../events/events.ts";
import { sessionKindWords } from "../events/session-kinds.ts";
import { formatDistance } from "../units/format-units.ts";
import { isImpact, knownPainOf } from "./machine/snapshot-ops.ts";
import type { PlanContext } from "./plan-context.ts";
import type { PainQuestion } from "./plan-types.ts";

/** How far back Today asks for a missing pain: long enough to cover a pain stop's 3 days. */
export const PAIN_QUESTION_DAYS = 3;

const ASKED_KINDS = new Set(["walk-run", "rehab-circuit", "strength", "drill", "mobility"]);

/**
 * Sessions and runs since onboarding, in the last 3 days, saved without a pain score ("Mark done",
 * "End session" with no answer, an imported run). Their pain is unknown: Today asks for it, newest
 * first; until then it is neither a stop nor a pass.
 */
export function painQuestions(
  ctx: Pick<PlanContext, "events" | "today" | "timeline" | "distanceUnit">,
): PainQuestion[] {
  const onboardedOn = ctx.timeline.onboardedOn;
  if (onboardedOn === null) return [];
  const from: LocalDate = addDays(ctx.today, -(PAIN_QUESTION_DAYS - 1));
  const questions: PainQuestion[] = [];
  for (const event of ctx.events) {
    if (event.localDate < from || event.localDate < onboardedOn) continue;
    if (event.type !== "session.completed" && event.type !== "run.logged") continue;
    if (event.type === "session.completed" && !ASKED_KINDS.has(event.kind)) continue;
    if (knownPainOf(event) !== null) continue;
    const what =
      event.type === "run.logged"
        ? event.distanceMeters > 0
          ? `${formatDistance(event.distanceMeters, ctx.distanceUnit)} run`
          : "Run"
        : capitalised(sessionKindWords[event.kind]);
    questions.push({
      forEventId: event.id,
      localDate: event.localDate,
      title: `${what} on ${formatDay(event.localDate)}`,
      impact: isImpact(event),
    });
  }
  return questions.reverse();
}

function capitalised(words: string): string {
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
