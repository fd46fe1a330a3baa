import type { BackstrideEvent, PlanState } from "@backstride/domain";

/**
 * Where a runner is in the journey. Red flags always win: an open emergency takes the screen whatever
 * else is done; the red-flag questions come before the cause finder, and both before the plan.
 */
export type OnboardingStage = "emergency" | "triage" | "causes" | "ready";

export function onboardingStage(events: readonly BackstrideEvent[], plan: Pick<PlanState, "redFlag">): OnboardingStage {
  if (plan.redFlag?.level === "emergency") return "emergency";
  if (!events.some((event) => event.type === "triage.answered")) return "triage";
  if (!events.some((event) => event.type === "causes.assessed")) return "causes";
  return "ready";
}
