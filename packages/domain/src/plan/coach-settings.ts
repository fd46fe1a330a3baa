import { addDays } from "../dates/add-days.ts";
import type { BackstrideEvent, EventOf, LocalDate } from "../events/events.ts";
import type { Protocol } from "../protocol/protocol-types.ts";

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
  };
  for (const event of input.events) {
    if (event.localDate > input.date) break;
    if (event.type !== "coach.adjustment") continue;
    const adjustment = event.adjustment;
    switch (adjustment.kind) {
      case "pain-threshold":
        settings.stopThreshold0to10 = adjustment.pain0to10;
        settings.thresholdFromCoach = event;
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
