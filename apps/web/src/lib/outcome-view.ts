import { type BackstrideEvent, type OutcomeSummary, outcomeSummary, type PlanState } from "@backstride/domain";

/** Discharge is when the plan reaches maintenance: the measures are asked one last time then. */
export function dischargeFrom(plan: Pick<PlanState, "state">): string | null {
  return plan.state.name === "maintenance" ? plan.state.since : null;
}

/** The outcome summary for a runner's log and plan, as Today, the measures screen and the coach read it. */
export function outcomesFor(
  events: readonly BackstrideEvent[],
  plan: Pick<PlanState, "state" | "today">,
): OutcomeSummary {
  return outcomeSummary({ events, today: plan.today, dischargeFrom: dischargeFrom(plan) });
}
