import type { BackstrideEvent } from "../events/events.ts";
import type { PainReading } from "../triage/no-improvement.ts";

/**
 * Every pain score in the log, in log order: check-ins, flare-ups, and sessions or runs (the pain after
 * when recorded, since that is the one that says how the back coped; else the pain during).
 */
export function painReadingsOf(events: readonly BackstrideEvent[]): PainReading[] {
  const readings: PainReading[] = [];
  for (const event of events) {
    switch (event.type) {
      case "pain.checkin":
      case "flare-up.reported":
        readings.push({ localDate: event.localDate, pain0to10: event.pain0to10 });
        break;
      case "session.completed":
      case "run.logged": {
        const pain = event.painAfter0to10 ?? event.painDuring0to10;
        if (pain !== undefined) readings.push({ localDate: event.localDate, pain0to10: pain });
        break;
      }
      default:
        break;
    }
  }
  return readings;
}
