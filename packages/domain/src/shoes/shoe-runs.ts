import type { BackstrideEvent, LocalDate } from "../events/events.ts";

export interface ShoeRun {
  shoeId?: string;
  localDate: LocalDate;
  distanceMeters: number;
}

/**
 * The runs that wore shoes, as the runner last left them: a correction can move a run to another pair
 * (or to none) or change its distance, and a deleted run wore nothing. Works on any slice of the log
 * that holds the run.logged, run.corrected and entry.deleted events, in log order.
 */
export function shoeRuns(events: readonly BackstrideEvent[]): ShoeRun[] {
  const runs = new Map<string, ShoeRun>();
  for (const event of events) {
    if (event.type === "run.logged") {
      runs.set(event.id, {
        ...(event.shoeId ? { shoeId: event.shoeId } : {}),
        localDate: event.localDate,
        distanceMeters: event.distanceMeters,
      });
    } else if (event.type === "run.corrected") {
      const run = runs.get(event.forEventId);
      if (!run) continue;
      const { shoeId, distanceMeters } = event.changes;
      const next: ShoeRun = { localDate: run.localDate, distanceMeters: distanceMeters ?? run.distanceMeters };
      const nextShoe = shoeId === undefined ? run.shoeId : (shoeId ?? undefined);
      runs.set(event.forEventId, nextShoe ? { ...next, shoeId: nextShoe } : next);
    } else if (event.type === "entry.deleted") {
      runs.delete(event.forEventId);
    }
  }
  return [...runs.values()];
}
