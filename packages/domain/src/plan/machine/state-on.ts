import type { LocalDate } from "../../events/events.ts";
import type { RecoveryStateName } from "../plan-types.ts";
import type { NoImpactWindow, RecoverySnapshot } from "./machine-types.ts";

/** True on every local day the relief window touches before its end (an end at 00:00 frees that day). */
export function inRelief(snapshot: RecoverySnapshot, date: LocalDate): boolean {
  const relief = snapshot.relief;
  if (!relief || date < relief.from.localDate) return false;
  const until = relief.until;
  return date < until.localDate || (date === until.localDate && !until.local.endsWith("T00:00"));
}

/** The pain-rule window covering `date`, if any. */
export function noImpactWindowOn(snapshot: RecoverySnapshot, date: LocalDate): NoImpactWindow | null {
  return snapshot.noImpact.find((window) => date >= window.from && date <= window.until) ?? null;
}

/**
 * The hold in force on `date`, in safety order: an open emergency/urgent flag, the questions (onboarding
 * or again), relief, a no-impact rule. Null when none holds: the state is then the training position
 * (see stateOn). This order is the article's and DESIGN.md's: red flags always win.
 */
export function holdOn(snapshot: RecoverySnapshot, date: LocalDate): RecoveryStateName | null {
  if (snapshot.blocking) return "blocked-by-flag";
  if (snapshot.onboardedOn === null || snapshot.recheck !== null) return "awaiting-triage";
  if (inRelief(snapshot, date)) return "relief";
  if (noImpactWindowOn(snapshot, date) || snapshot.highPain) return "no-impact";
  return null;
}

/**
 * The named state on `date`, from a snapshot folded up to that date: the hold in force, else the
 * training position. Weeks 1-3 are "rebuild" (circuit with walk/run beside it, or the circuit alone
 * before walk/run with rebuild first) and "return" (walk/run after the rebuild weeks, rebuild first).
 */
export function stateOn(
  snapshot: RecoverySnapshot,
  date: LocalDate,
  sequencing: "side-by-side" | "rebuild-first" = "side-by-side",
): RecoveryStateName {
  const hold = holdOn(snapshot, date);
  if (hold) return hold;
  const position = snapshot.position;
  if (position.maintenanceSince !== null && date >= position.maintenanceSince) return "maintenance";
  if (position.progressionStart !== null && date >= position.progressionStart) return "progression";
  if (sequencing === "side-by-side") return "rebuild";
  return position.returnWeekStart !== null && date < position.returnWeekStart ? "rebuild" : "return";
}

/** Why impact (running) is not allowed on `date` as of this snapshot, or null when it is. */
export function impactBlockedBecause(snapshot: RecoverySnapshot, date: LocalDate): string | null {
  if (snapshot.blocking) return "an open red flag";
  // Runs before onboarding are history (often imported), not a plan to break.
  if (snapshot.onboardedOn === null) return null;
  if (snapshot.recheck) return "the warning-sign questions still to answer";
  if (inRelief(snapshot, date)) return "the relief hours";
  if (noImpactWindowOn(snapshot, date)) return "a no-impact day after a pain rule";
  if (snapshot.highPain) return "pain at or above the stop at your last reading";
  const position = snapshot.position;
  if (position.returnWeekStart !== null && position.returnWeek === 1 && date < position.returnWeekStart) {
    return "the rebuild weeks before running";
  }
  return null;
}
