import type { BackstrideEvent } from "../events/events.ts";

/**
 * The engine's one event order: local day, then the instant it happened, then id. Sorting by day first
 * keeps an event on the day the runner lived it even when its offset moves it across midnight in UTC.
 */
export function sortEvents<E extends Pick<BackstrideEvent, "localDate" | "occurredAt" | "id">>(
  events: readonly E[],
): E[] {
  const instant = (event: E) => Date.parse(event.occurredAt);
  return [...events].sort(
    (a, b) =>
      (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0) ||
      instant(a) - instant(b) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
