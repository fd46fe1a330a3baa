import { causesAssessed } from "../rules/causes-assessed.ts";
import { clearanceRecorded } from "../rules/clearance-recorded.ts";
import { coachHoldWeek } from "../rules/coach-hold-week.ts";
import { coachSequencing } from "../rules/coach-sequencing.ts";
import { coachSkipWeek } from "../rules/coach-skip-week.ts";
import { episodeReported } from "../rules/episode-reported.ts";
import { flareUp } from "../rules/flare-up.ts";
import { goodSession } from "../rules/good-session.ts";
import { highPainHold } from "../rules/high-pain-hold.ts";
import { maintenanceReached } from "../rules/maintenance-reached.ts";
import { morningCheck } from "../rules/morning-check.ts";
import { neuroSymptoms } from "../rules/neuro-symptoms.ts";
import { noImpactEnds } from "../rules/no-impact-ends.ts";
import { noImprovement } from "../rules/no-improvement.ts";
import { onboardingComplete } from "../rules/onboarding-complete.ts";
import { painStop } from "../rules/pain-stop.ts";
import { painStopExtended } from "../rules/pain-stop-extended.ts";
import { ranWhenNotAllowed } from "../rules/ran-when-not-allowed.ts";
import { rebuildWeeksEnd } from "../rules/rebuild-weeks-end.ts";
import { reliefEnds } from "../rules/relief-ends.ts";
import { triageAnswered } from "../rules/triage-answered.ts";
import { weekAdvances } from "../rules/week-advances.ts";
import type { Rule, Trigger } from "./machine-types.ts";

/**
 * The recovery state machine, as one ordered table. For each event, the rules whose trigger matches run
 * in this order; "day" rules run when a new day dawns (before that day's events) and for today. The
 * order is part of the rules: a run is judged against the day as it stood (ran-when-not-allowed) before
 * its own pain applies (pain stop, flare-up); a flare-up's relief replaces any earlier one.
 *
 * docs/plan-engine.md draws its diagram from this table (see machine-diagram.ts); a test keeps the two equal.
 */
export const transitionTable: readonly Rule<Trigger>[] = [
  // A new day: what time alone changes.
  reliefEnds,
  noImpactEnds,
  rebuildWeeksEnd,
  weekAdvances,
  maintenanceReached,
  noImprovement,
  // Onboarding and safety.
  episodeReported,
  triageAnswered,
  causesAssessed,
  onboardingComplete,
  neuroSymptoms,
  clearanceRecorded,
  // What a session, run or reading says.
  ranWhenNotAllowed,
  goodSession,
  painStop,
  painStopExtended,
  morningCheck,
  highPainHold,
  flareUp,
  // A coach's changes.
  coachHoldWeek,
  coachSkipWeek,
  coachSequencing,
] as Rule<Trigger>[];

export function triggersOf(rule: Pick<Rule<Trigger>, "trigger">): readonly Trigger[] {
  return typeof rule.trigger === "string" ? [rule.trigger] : rule.trigger;
}
