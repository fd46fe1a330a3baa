import { sortEvents } from "../plan/sort-events.ts";
import { type BackstrideEvent, backstrideEventSchema, eventTypes } from "./events.ts";

export type EventLogErrorCode = "not-a-list" | "unknown-type" | "malformed" | "out-of-order" | "duplicate-id";

export interface EventLogError {
  code: EventLogErrorCode;
  /** Position of the offending event in the input (0-based), when there is one. */
  index: number | null;
  /** One line a person can act on, e.g. `event 4: unknown type "run.logd"`. */
  message: string;
}

export type ParseEventLogResult = { ok: true; events: BackstrideEvent[] } | { ok: false; error: EventLogError };

function fail(code: EventLogErrorCode, index: number | null, message: string): ParseEventLogResult {
  return { ok: false, error: { code, index, message } };
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "event" : path.map(String).join(".");
}

/** Stable text of an event for comparing two with the same id (keys sorted, so order does not matter). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Reads an event log (the sync and export format): a JSON array of events, or `{ "events": [...] }`.
 * Returns the events sorted the engine's way, or the first problem as one line. Logs are written in
 * day order, so an event dated before the one above it is rejected ("out-of-order") rather than
 * silently re-sorted: it usually means a broken export or a hand edit. Within one day any order is
 * fine. The same id twice with the same body is stored once (a retried sync); with a different body
 * it is an error.
 */
export function parseEventLog(json: unknown): ParseEventLogResult {
  const list = Array.isArray(json)
    ? json
    : json !== null && typeof json === "object" && Array.isArray((json as { events?: unknown }).events)
      ? (json as { events: unknown[] }).events
      : null;
  if (list === null) return fail("not-a-list", null, 'expected a JSON array of events (or { "events": [...] })');

  const events: BackstrideEvent[] = [];
  const seen = new Map<string, string>();
  let previousDate: string | null = null;
  for (const [index, raw] of list.entries()) {
    const position = `event ${index + 1}`;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      return fail("malformed", index, `${position}: expected an object`);
    }
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== "string" || !(eventTypes as readonly string[]).includes(type)) {
      return fail(
        "unknown-type",
        index,
        `${position}: unknown type ${JSON.stringify(type ?? null)} (expected one of ${eventTypes.join(", ")})`,
      );
    }
    const parsed = backstrideEventSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const detail = issue ? `${describePath(issue.path)}: ${issue.message}` : "invalid";
      return fail("malformed", index, `${position} (${type}): ${detail}`);
    }
    const event = parsed.data;
    if (previousDate !== null && event.localDate < previousDate) {
      return fail(
        "out-of-order",
        index,
        `${position} (${type}) is dated ${event.localDate}, before the event above it (${previousDate}): the log must be in date order`,
      );
    }
    previousDate = event.localDate;
    const body = canonical(event);
    const earlier = seen.get(event.id);
    if (earlier !== undefined) {
      if (earlier === body) continue;
      return fail("duplicate-id", index, `${position}: id ${event.id} is used by an earlier, different event`);
    }
    seen.set(event.id, body);
    events.push(event);
  }
  return { ok: true, events: sortEvents(events) };
}
