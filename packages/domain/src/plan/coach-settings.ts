import { addDays } from "../dates/add-days.ts";
import type { BackstrideEvent, EventOf, LocalDate } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";
import { adjustmentLoosens, adjustmentReason } from "./coach-loosening.ts";

type Adjustment = EventOf<"coach.adjustment">;

/** What a coach has changed, as in force on one day. Each kind: the latest adjustment on or before it. */
export interface CoachSettings {
  /** Pain at or above this stops a walk/run or run. */
  stopThreshold0to10: number;
  thresholdFromCoach: Adjustment | null;
  sequencing: Protocol["sequencing"];
  sequencingFromCoach: Adjustment | null;
  /** A coach's weekly distance cap, metres; it can only lower the 10% cap. */
  weeklyCapMeters: number | null;
  weeklyCapFromCoach: Adjustment | null;
  /** A hold-week adjustment in force (dated within the last 7 days). */
  hold: Adjustment | null;
  /** The latest coach note. */
  note: Adjustment | null;
  /** The next-morning response check (on by default). */
  nextMorningCheck: boolean;
  nextMorningFromCoach: Adjustment | null;
  /** Loosening changes set aside for now (no written reason, or a flag open): shown, not applied. */
  suspended: { event: Adjustment; because: "no-reason" | "flag-open" }[];
}

/** How long a coach's hold lasts: one week from the day it was set. */
export const HOLD_DAYS = 7;

/** Coach adjustments in force on `date`. `events` must be sorted (see sortEvents). */
export function coachSettingsAt(input: {
  events: readonly BackstrideEvent[];
  date: LocalDate;
  protocol: Protocol;
}): CoachSettings {
  const settings: CoachSettings = {
    stopThreshold0to10: input.protocol.pain.stopThreshold0to10,
    thresholdFromCoach: null,
    sequencing: input.protocol.sequencing,
    sequencingFromCoach: null,
    weeklyCapMeters: null,
    weeklyCapFromCoach: null,
    hold: null,
    note: null,
    nextMorningCheck: input.protocol.pain.nextMorningCheck !== false,
    nextMorningFromCoach: null,
    suspended: [],
  };
  for (const event of input.events) {
    if (event.localDate > input.date) break;
    if (event.type !== "coach.adjustment") continue;
    const adjustment = event.adjustment;
    // Loosening safety takes a written reason the runner sees; without one it is shown, never applied.
    if (adjustmentLoosens(adjustment, input.protocol) && adjustmentReason(adjustment) === null) {
      settings.suspended = [
        ...settings.suspended.filter((s) => s.event.adjustment.kind !== adjustment.kind),
        { event, because: "no-reason" },
      ];
      continue;
    }
    switch (adjustment.kind) {
      case "pain-threshold":
        settings.stopThreshold0to10 = adjustment.pain0to10;
        settings.thresholdFromCoach = event;
        settings.suspended = settings.suspended.filter((s) => s.event.adjustment.kind !== "pain-threshold");
        break;
      case "next-morning-check":
        settings.nextMorningCheck = adjustment.enabled;
        settings.nextMorningFromCoach = event;
        settings.suspended = settings.suspended.filter((s) => s.event.adjustment.kind !== "next-morning-check");
        break;
      case "skip-week":
        break;
      case "rebuild-first":
        settings.sequencing = adjustment.enabled ? "rebuild-first" : "side-by-side";
        settings.sequencingFromCoach = event;
        break;
      case "weekly-distance-cap":
        settings.weeklyCapMeters = adjustment.distanceMeters;
        settings.weeklyCapFromCoach = event;
        break;
      case "hold-week":
        if (addDays(event.localDate, HOLD_DAYS) > input.date) settings.hold = event;
        break;
      case "note":
        settings.note = event;
        break;
    }
  }
  return settings;
}

/**
 * While a flag is open (a red flag, the questions to answer again, no better after 2 weeks), a coach's
 * loosening never applies: the pain stop returns to the protocol's if it was raised, and the next-morning
 * check is back on. Tightening stays. (Issue #8, point 10; DESIGN.md: nothing overrides a red flag.)
 */
export function suspendLoosening(
  settings: CoachSettings,
  flags: { blocking: unknown; soon: unknown; recheck: unknown; noImprovement: unknown },
  protocol: Protocol,
): CoachSettings {
  const open = flags.blocking !== null || flags.soon !== null || flags.recheck !== null || flags.noImprovement !== null;
  if (!open) return settings;
  const suspended = [...settings.suspended];
  let { stopThreshold0to10, nextMorningCheck } = settings;
  if (settings.thresholdFromCoach && stopThreshold0to10 > protocol.pain.stopThreshold0to10) {
    suspended.push({ event: settings.thresholdFromCoach, because: "flag-open" });
    stopThreshold0to10 = protocol.pain.stopThreshold0to10;
  }
  if (settings.nextMorningFromCoach && !nextMorningCheck) {
    suspended.push({ event: settings.nextMorningFromCoach, because: "flag-open" });
    nextMorningCheck = true;
  }
  return { ...settings, stopThreshold0to10, nextMorningCheck, suspended };
}
