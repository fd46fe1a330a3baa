import type { PlanState } from "../../plan/plan-types.ts";
import type { AlertSnapshot } from "./alert-types.ts";

const redFlagLevels = new Set(["emergency", "urgent", "soon"]);

/** The parts of today's plan the alert rules look at. */
export function alertSnapshotOf(plan: PlanState): AlertSnapshot {
  const reasons = [plan.state.reason, ...plan.reasons, ...plan.tasks.map((task) => task.reason)];
  const reasonTexts: Record<string, string> = {};
  for (const reason of reasons) reasonTexts[reason.code] ??= reason.text;
  return {
    today: plan.today,
    stateName: plan.state.name,
    stopThreshold0to10: plan.stopThreshold0to10,
    noImpactUntil: plan.noImpactUntil,
    reasonCodes: [...new Set(reasons.map((reason) => reason.code))],
    redFlags: plan.flags.flatMap((flag) =>
      flag.id.startsWith("red-flag") && redFlagLevels.has(flag.level)
        ? [
            {
              id: flag.id,
              level: flag.level as "emergency" | "urgent" | "soon",
              title: flag.title,
              text: flag.text,
              since: flag.since,
            },
          ]
        : [],
    ),
    noImprovement: plan.history
      .filter((entry) => entry.kind === "no-improvement")
      .map((entry) => ({ localDate: entry.localDate, title: entry.title, detail: entry.detail })),
    reasonTexts,
  };
}
