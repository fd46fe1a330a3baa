import type { BackstrideEvent, EventOf, EventType } from "@backstride/domain";

/** The most recent event of a type in a log sorted oldest first, or undefined. */
export function latestEvent<T extends EventType>(events: readonly BackstrideEvent[], type: T): EventOf<T> | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.type === type) return event as EventOf<T>;
  }
  return undefined;
}

/** All events of a type, oldest first. */
export function eventsOfType<T extends EventType>(events: readonly BackstrideEvent[], type: T): EventOf<T>[] {
  return events.filter((event): event is EventOf<T> => event.type === type);
}
