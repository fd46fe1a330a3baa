import { addDays } from "../dates/add-days.ts";
import { isoWeekStart } from "../dates/iso-week.ts";
import type { LocalDate } from "../events/events.ts";
import type { LoadRun } from "../load/load-types.ts";
import { weeklyDistanceMeters, weeklyDistances } from "../load/weekly-distance.ts";
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

export function maintenanceReady(input: {
  painReadings: readonly PainReading[];
  runs: readonly LoadRun[];
  today: LocalDate;
  usualWeeklyDistanceMeters: number | null;
  onboardedOn: LocalDate | null;
}): MaintenanceReadiness {
  const from = addDays(input.today, -maintenanceEntryRules.painFreeDays);
  const recent = input.painReadings.filter((r) => r.localDate >= from && r.localDate <= input.today);
  const anyPainSince = input.painReadings.some(
    (r) => r.localDate >= from && r.localDate <= input.today && r.pain0to10 > 0,
  );
  const painFree = recent.length > 0 && !anyPainSince;
  const usual = usualWeeklyDistance({
    told: input.usualWeeklyDistanceMeters,
    runs: input.runs,
    onboardedOn: input.onboardedOn,
  });
  const lastFullWeekMeters = weeklyDistanceMeters({ runs: input.runs, date: addDays(input.today, -7) });
  return {
    ready: painFree && usual !== null && lastFullWeekMeters >= usual,
    painFree,
    usualWeeklyDistanceMeters: usual,
    lastFullWeekMeters,
  };
}
