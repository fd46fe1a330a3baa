import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import type { LocalDate } from "../events/events.ts";
import type { PlanState } from "../plan/plan-types.ts";
import type { Protocol, SourceRef } from "../protocol/protocol-types.ts";
import { sources } from "../sources/sources.ts";
import { concreteNeighbour } from "../surfaces/concrete-neighbour.ts";
import type { DistanceUnit } from "../units/conversions.ts";
import { formatDistance } from "../units/format-units.ts";
import type { LoadRun } from "./load-types.ts";
import { singleRunSpike } from "./single-run-spike.ts";
import { weeklyCap } from "./weekly-cap.ts";
import { weeklyDistanceMeters } from "./weekly-distance.ts";

export type RunWarningCode =
  | "running-not-allowed"
  | "weekly-cap-exceeded"
  | "single-run-spike"
  | "concrete-consecutive";

export interface RunWarning {
  code: RunWarningCode;
  /** "stop": the plan says no running that day; "warning": the run is allowed but risky. */
  level: "stop" | "warning";
  text: string;
  sources: SourceRef[];
}

/** Phases in which the article's 10% weekly cap applies (week 4+). */
const CAPPED_PHASES: ReadonlySet<PlanState["phase"]> = new Set(["progression", "maintenance"]);

/**
 * What the app shows before saving a run, most serious first. Saving is still the runner's choice:
 * these are warnings, not a refusal, because a run that already happened must be recorded.
 */
export function checkRunBeforeSaving(input: {
  /** Runs already logged (without the candidate). */
  runs: readonly LoadRun[];
  /** The run about to be saved. */
  candidate: LoadRun;
  /** The runner's today; the candidate may be earlier (a forgotten run). */
  today: LocalDate;
  protocol: Protocol;
  /** The plan for the candidate's day, when known: adds "running not allowed" and limits the 10% cap to week 4+. */
  plan?: Pick<PlanState, "phase" | "runningAllowed" | "reasons" | "noImpactUntil">;
  /** A coach's weekly cap in force, metres. */
  coachCapMeters?: number;
  /** The runner's display unit for distances in the messages (default km). */
  unit?: DistanceUnit;
}): RunWarning[] {
  const { runs, candidate, protocol, plan } = input;
  const warnings: RunWarning[] = [];
  const unit = input.unit ?? "km";

  if (plan && !plan.runningAllowed) {
    const why = plan.reasons.find(
      (reason) => reason.code.startsWith("no-running") || reason.code.startsWith("red-flag"),
    );
    warnings.push({
      code: "running-not-allowed",
      level: "stop",
      text: `Your plan says no running on ${formatDay(candidate.localDate)}${why ? `: ${why.text}` : "."}`,
      sources: why?.sources ?? [sources.article],
    });
  }

  if (!plan || CAPPED_PHASES.has(plan.phase)) {
    const previousWeekMeters = weeklyDistanceMeters({ runs, date: addDays(candidate.localDate, -7) });
    const cap = weeklyCap({
      previousWeekMeters,
      rules: protocol.load,
      ...(input.coachCapMeters !== undefined ? { coachCapMeters: input.coachCapMeters } : {}),
    });
    const weekWithCandidate = weeklyDistanceMeters({ runs, date: candidate.localDate }) + candidate.distanceMeters;
    if (cap.capMeters !== null && weekWithCandidate > cap.capMeters) {
      warnings.push({
        code: "weekly-cap-exceeded",
        level: "warning",
        text: `This run takes the week to ${formatDistance(weekWithCandidate, unit)}, over this week's cap of ${formatDistance(cap.capMeters, unit)} (${cap.text})`,
        sources: cap.sources,
      });
    }
  }

  const spike = singleRunSpike({ runs, candidate, rules: protocol.load });
  if (spike.flagged && spike.limitMeters !== null) {
    warnings.push({
      code: "single-run-spike",
      level: "warning",
      text: `This run (${formatDistance(candidate.distanceMeters, unit)}) is more than ${Math.round((protocol.load.singleRunSpikeRatio - 1) * 100)}% longer than your longest run of the last ${protocol.load.singleRunSpikeWindowDays} days (${formatDistance(spike.longestRecentMeters, unit)}).`,
      sources: spike.sources,
    });
  }

  if (protocol.maintenance.noConsecutiveConcreteDays) {
    const neighbour = concreteNeighbour({ runs, date: candidate.localDate, surface: candidate.surface });
    if (neighbour !== null) {
      warnings.push({
        code: "concrete-consecutive",
        level: "warning",
        text: `Concrete two days in a row (also ${formatDay(neighbour)}): mix in trail, track or asphalt.`,
        sources: [sources.article],
      });
    }
  }
  return warnings;
}
