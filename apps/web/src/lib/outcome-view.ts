import {
  type BackstrideEvent,
  backstrideEventSchema,
  type OutcomeSummary,
  outcomeSummary,
  type PlanState,
  sortEvents,
} from "@backstride/domain";

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

/**
 * A coach reads the runner's events as JSON from the server; only those that parse as events (and in the
 * engine's order) feed the measures and triggers, so a newer event type never breaks the coach's page.
 */
export function parseStoredEvents(stored: readonly unknown[]): BackstrideEvent[] {
  return sortEvents(
    stored.flatMap((item) => {
      const parsed = backstrideEventSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}
