import type { BackstrideEvent } from "../events/events.ts";

/**
 * The engine's one event order: local day, then the instant it happened, then id. Sorting by day first
 * keeps an event on the day the runner lived it even when its offset moves it across midnight in UTC.
 */
export function sortEvents<E extends Pick<BackstrideEvent, "localDate" | "occurredAt" | "id">>(
  events: readonly E[],
): E[] {
  // Each instant parsed once, not once per comparison: plans fold the whole log several times a call.
  const keyed = events.map((event) => ({ event, instant: Date.parse(event.occurredAt) }));
  keyed.sort(
    ({ event: a, instant: ia }, { event: b, instant: ib }) =>
      (a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0) ||
      ia - ib ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return keyed.map(({ event }) => event);
}
