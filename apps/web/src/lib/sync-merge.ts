import type { BackstrideEvent } from "@backstride/domain";

/** Per-event answer of POST /api/events. */
export interface PushResult {
  id: string | null;
  status: "created" | "duplicate" | "conflict" | "invalid";
  message?: string;
}

/** An outbox event the server refused: kept on the phone and shown, never silently dropped. */
export interface HeldEvent {
  event: BackstrideEvent;
  status: "conflict" | "invalid";
  message: string;
}

/** Splits the outbox into upload batches, oldest first (v7 ids sort by creation time). */
export function outboxBatches(outbox: BackstrideEvent[], batchSize: number): BackstrideEvent[][] {
  const sorted = [...outbox].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const batches: BackstrideEvent[][] = [];
  for (let i = 0; i < sorted.length; i += batchSize) batches.push(sorted.slice(i, i + batchSize));
  return batches;
}

export interface PushOutcome {
  /** Ids the server now holds (created now, or the same body stored before): leave the outbox. */
  syncedIds: string[];
  /** Refused: leave the outbox, shown to the runner with the reason. */
  held: HeldEvent[];
  /** Not answered (a short or malformed response): stay in the outbox for the next try. */
  retryIds: string[];
}

/**
 * Reads the server's answers for one uploaded batch. "duplicate" means the server already had the same
 * event (an earlier upload whose response was lost), so it counts as synced: that is what makes a retry
 * safe and keeps a run from being counted twice.
 */
export function applyPushResults(batch: BackstrideEvent[], results: PushResult[]): PushOutcome {
  const byId = new Map<string, PushResult>();
  for (const result of results) if (result.id) byId.set(result.id, result);
  const outcome: PushOutcome = { syncedIds: [], held: [], retryIds: [] };
  batch.forEach((event, index) => {
    // Results come in request order; fall back to that order when the server could not read an id.
    const result = byId.get(event.id) ?? (results[index]?.id === null ? results[index] : undefined);
    if (!result) outcome.retryIds.push(event.id);
    else if (result.status === "created" || result.status === "duplicate") outcome.syncedIds.push(event.id);
    else {
      outcome.held.push({
        event,
        status: result.status,
        message:
          result.message ??
          (result.status === "conflict"
            ? "The server already has a different entry with this id."
            : "The server could not read this entry."),
      });
    }
  });
  return outcome;
}

/**
 * Merges a page pulled from the server into the local log. An id already present locally is the same
 * event (ids are idempotency keys), so it is skipped: pulling what this phone uploaded never doubles it.
 */
export function mergePulled(localIds: ReadonlySet<string>, pulled: BackstrideEvent[]): BackstrideEvent[] {
  const seen = new Set(localIds);
  const fresh: BackstrideEvent[] = [];
  for (const event of pulled) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    fresh.push(event);
  }
  return fresh;
}

/** The event log in the order the plan engine and lists expect: by time, then id. */
export function sortEvents(events: BackstrideEvent[]): BackstrideEvent[] {
  return [...events].sort((a, b) => {
    const at = Date.parse(a.occurredAt);
    const bt = Date.parse(b.occurredAt);
    if (at !== bt) return at - bt;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export type SyncStatus =
  | { kind: "offline"; waiting: number; held: number }
  | { kind: "syncing"; waiting: number; held: number }
  | { kind: "waiting"; waiting: number; held: number; error?: string }
  | { kind: "synced"; waiting: 0; held: number };

/** The words of the small sync indicator. */
export function syncStatusText(status: SyncStatus): string {
  const held = status.held > 0 ? ` · ${status.held} not accepted` : "";
  const waiting = `${status.waiting} waiting`;
  switch (status.kind) {
    case "offline":
      return status.waiting > 0 ? `Offline · ${waiting}${held}` : `Offline · saved on this phone${held}`;
    case "syncing":
      return `Syncing · ${waiting}${held}`;
    case "waiting":
      return `${waiting}${held}`;
    case "synced":
      return `Synced${held}`;
  }
}
