import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import { weeklyDistances } from "../load/weekly-distance.ts";
import type { PainReading } from "../triage/no-improvement.ts";

/**
 * When the runner moves from progression to maintenance. The protocol has no field for it, so the
 * engine's choice lives here, named: pain 0 at every reading of the last `painFreeDays` days (at least
 * one reading in them, none above 0), and the last full ISO week back to the usual weekly distance.
 */
export const maintenanceEntryRules = {
  /** Days of pain 0 (the NPRS "recovered") before maintenance. */
  painFreeDays: 14,
  /** How far back imported runs before onboarding count as the usual distance, in weeks. */
  usualDistanceLookbackWeeks: 12,
} as const;

export interface MaintenanceReadiness {
  ready: boolean;
  painFree: boolean;
  /** The distance to get back to, metres; null when unknown. */
  usualWeeklyDistanceMeters: number | null;
  lastFullWeekMeters: number;
}

/** The usual weekly distance: what the runner told us, else the best week of the runs logged before onboarding. */
export function usualWeeklyDistance(input: {
  told: number | null;
  runs: readonly LoadRun[];
  onboardedOn: LocalDate | null;
}): number | null {
  if (input.told !== null) return input.told;
  const onboardedOn = input.onboardedOn;
  if (onboardedOn === null) return null;
  const from = addDays(isoWeekStart(onboardedOn), -7 * maintenanceEntryRules.usualDistanceLookbackWeeks);
  const before = input.runs.filter((run) => run.localDate >= from && run.localDate < onboardedOn);
  const best = Math.max(0, ...weeklyDistances({ runs: before }).map((week) => week.distanceMeters));
  return best > 0 ? best : null;
}

/**
 * True when the runner may move to maintenance on `today`. Reads only the pain readings of the last
 * `painFreeDays` days, so a caller folding a long log can pass just that slice.
 */
export function maintenanceReady(input: {
  painReadings: readonly PainReading[];
  today: LocalDate;
  /** The distance to get back to (see usualWeeklyDistance); null when unknown. */
  usualWeeklyDistanceMeters: number | null;
  /** Distance of the last full ISO week before today, metres. */
  lastFullWeekMeters: number;
}): MaintenanceReadiness {
  const from = addDays(input.today, -maintenanceEntryRules.painFreeDays);
  const recent = input.painReadings.filter((r) => r.localDate >= from && r.localDate <= input.today);
  const painFree = recent.length > 0 && recent.every((r) => r.pain0to10 === 0);
  const usual = input.usualWeeklyDistanceMeters;
  return {
    ready: painFree && usual !== null && input.lastFullWeekMeters >= usual,
    painFree,
    usualWeeklyDistanceMeters: usual,
    lastFullWeekMeters: input.lastFullWeekMeters,
  };
}
