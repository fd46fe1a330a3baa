import type { BackstrideEvent } from "./events.ts";

/** Every pain score an entry carries (during and after a session, a check-in, a flare-up, pain at the door). */
export function painsOf(event: BackstrideEvent): number[] {
  switch (event.type) {
    case "pain.checkin":
    case "flare-up.reported":
    case "episode.reported":
      return [event.pain0to10];
    case "run.logged":
    case "session.completed":
      return [event.painDuring0to10, event.painAfter0to10].filter((pain): pain is number => pain !== undefined);
    default:
      return [];
  }
}
