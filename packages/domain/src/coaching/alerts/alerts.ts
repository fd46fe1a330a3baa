import type { BackstrideEvent } from "../../events/events.ts";
import type { AlertCandidate, AlertSnapshot } from "./alert-types.ts";
import { morningWorseAlerts } from "./morning-worsening.ts";
import { noImprovementAlerts } from "./no-improvement.ts";
import { painStopAlerts } from "./pain-at-stop.ts";
import { redFlagAlerts } from "./red-flag-answered.ts";

export * from "./alert-snapshot.ts";
export * from "./alert-types.ts";
export * from "./measures-due.ts";
export * from "./missed-sessions.ts";
export * from "./new-message.ts";
export * from "./no-check-in.ts";

const levelOrder = { emergency: 0, urgent: 1, warning: 2, info: 3 } as const;

/**
 * What changed → which alerts: the rules that react to new entries, comparing the runner's plan just
 * before them with the plan just after. `before` is null when there is nothing to compare with (the
 * runner's very first entries): then the new entries and any open red flag speak, not the rest of the
 * state found.
 * Time-based rules (no check-in, missed sessions, measures due) are judged by the daily sweep.
 */
export function alertsOnChange(input: {
  before: AlertSnapshot | null;
  after: AlertSnapshot;
  /** The events just stored (created, not duplicates). */
  newEvents: readonly BackstrideEvent[];
}): AlertCandidate[] {
  const candidates = [
    ...redFlagAlerts(input),
    ...painStopAlerts(input),
    ...morningWorseAlerts(input),
    ...noImprovementAlerts(input),
  ];
  return candidates.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}
