import type { SourceRef } from "../protocol/protocol-types.ts";
import type { PlanReason } from "./plan-types.ts";

/**
 * Stable reason codes. The app and the scenario table match on these; the text is for people.
 * Documented in docs/decisions/plan-engine.md.
 */
export type PlanReasonCode =
  | "onboarding-triage"
  | "onboarding-causes"
  | "red-flag-emergency"
  | "red-flag-urgent"
  | "red-flag-soon"
  | "red-flag-cleared"
  | "no-improvement"
  | "red-flag-recheck"
  | "relief-flare-up"
  | "relief-avoid"
  | "rebuild-week"
  | "rebuild-first"
  | "return-week"
  | "return-week-repeat"
  | "pain-monitoring-reduce"
  | "walk-run-due"
  | "walk-run-rest-day"
  | "walk-run-week-done"
  | "circuit-daily"
  | "no-running-onboarding"
  | "no-running-relief"
  | "no-running-red-flag"
  | "no-running-pain-stop"
  | "no-running-pain-persisted"
  | "no-running-rebuild-first"
  | "progression-week"
  | "weekly-cap"
  | "weekly-cap-reached"
  | "weekly-cap-coach"
  | "weekly-cap-hold"
  | "weekly-cap-repeat"
  | "no-previous-week"
  | "spike-guard"
  | "concrete-yesterday"
  | "concrete-consecutive"
  | "ran-when-not-allowed"
  | "strength-due"
  | "mobility-daily"
  | "massage-due"
  | "maintenance-reached"
  | "pain-checkin-daily"
  | "coach-note"
  | "coach-threshold"
  | "coach-hold"
  | "coach-rebuild-first"
  | "cross-training"
  | "no-running-recheck"
  | "no-running-pain-hold"
  | "no-running-morning-worse"
  | "morning-worse"
  | "morning-check"
  | "pain-answer"
  | "relief-episode"
  | "relief-clearance"
  | "coach-loosened"
  | "coach-loosening-suspended"
  | "coach-skip-week"
  | "coach-next-morning"
  | "time-cap"
  | "time-cap-reached"
  | "walk-run-unknown-pain"
  | "plan";

export function reason(code: PlanReasonCode, text: string, sources: readonly SourceRef[]): PlanReason {
  // One mention per source: several rules often cite the article.
  const unique = sources.filter((source, index) => sources.findIndex((s) => s.id === source.id) === index);
  return { code, text, sources: unique };
}
