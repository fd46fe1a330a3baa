import { diffDays } from "../dates/add-days.ts";
import type { LocalDate } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { inRelief } from "./machine/state-on.ts";
import type { PlanPhase } from "./plan-types.ts";
import type { RecoveryTimeline } from "./recovery-timeline.ts";

export interface PhaseOn {
  phase: PlanPhase;
  /** 1-3 in weeks 1-3 (the return week side by side, the calendar week while rebuilding first), 4+ after. */
  week: number | null;
  returnWeek: number | null;
}

/**
 * The phase on `date` from a timeline folded up to that date. Calendar weeks count from the phase start:
 * week 4 is the first 7 days from the day return week 3 was complete.
 */
export function phaseOn(input: {
  timeline: RecoveryTimeline;
  date: LocalDate;
  protocol: Protocol;
  sequencing: Protocol["sequencing"];
}): PhaseOn {
  const { timeline: t, date, protocol } = input;
  const p = t.position;
  if (t.onboardedOn === null || p.blockStart === null) return { phase: "onboarding", week: null, returnWeek: null };
  if (inRelief(t, date)) return { phase: "relief", week: null, returnWeek: null };
  if (p.progressionStart !== null && date >= p.progressionStart) {
    const week = protocol.returnToRun.weeks.length + 1 + Math.floor(diffDays(p.progressionStart, date) / 7);
    const phase = p.maintenanceSince !== null && date >= p.maintenanceSince ? "maintenance" : "progression";
    return { phase, week, returnWeek: null };
  }
  const returnWeek = Math.min(p.returnWeek, protocol.returnToRun.weeks.length);
  const rebuildingFirst =
    input.sequencing === "rebuild-first" &&
    p.returnWeek === 1 &&
    p.goodDays.length === 0 &&
    diffDays(p.blockStart, date) < protocol.rebuild.weeks * 7;
  if (rebuildingFirst) {
    const calendarWeek = Math.floor(diffDays(p.blockStart, date) / 7) + 1;
    return { phase: "rebuild", week: Math.max(1, Math.min(protocol.rebuild.weeks, calendarWeek)), returnWeek: null };
  }
  if (input.sequencing === "rebuild-first") return { phase: "return", week: returnWeek, returnWeek };
  return { phase: "rebuild", week: returnWeek, returnWeek };
}
