import { type BackstrideEvent, backstrideEventSchema, sortEvents } from "@backstride/domain";

// Its own module: the schema (zod) stays out of the first screen's bundle; only the coach's pages load it.

/**
 * A coach reads the runner's events as JSON from the server; only those that parse as events (and in the
 * engine's order) feed the measures and triggers, so a newer event type never breaks the coach's page.
 */
export function parseStoredEvents(stored: readonly unknown[]): BackstrideEvent[] {
  return sortEvents(
    stored.flatMap((item) => {
      const parsed = backstrideEventSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    }),
  );
}
