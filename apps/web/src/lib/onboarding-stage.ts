import type { BackstrideEvent, PlanState } from "@backstride/domain";

/**
 * Where a runner is in the journey. Red flags always win: an open emergency takes the screen whatever
 * else is done. A new runner first tells us how their back is today (pain, when it began, leg
 * symptoms), then answers the red-flag questions, then the cause finder, and only then sees the plan.
 *
 * "Pain at the door" comes before the red-flag questions: it is one short screen, and its leg answer
 * decides the order of those questions (the nerve questions first), while every emergency "yes" there
 * still shows the emergency page at once. Runners who answered the red-flag questions before this step
 * existed are not sent back: their plan already runs from their own log.
 */
export type OnboardingStage = "emergency" | "episode" | "triage" | "causes" | "ready";

export function onboardingStage(events: readonly BackstrideEvent[], plan: Pick<PlanState, "redFlag">): OnboardingStage {
  if (plan.redFlag?.level === "emergency") return "emergency";
  if (!events.some((event) => event.type === "triage.answered")) {
    return events.some((event) => event.type === "episode.reported") ? "triage" : "episode";
  }
  if (!events.some((event) => event.type === "causes.assessed")) return "causes";
  return "ready";
}
