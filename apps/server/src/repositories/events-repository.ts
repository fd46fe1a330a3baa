import type { Db } from "../database/database-types.ts";
import { chunksOf, rowsPerStatement } from "./batch-limits.ts";

export interface StoredEvent {
  seq: number;
  id: string;
  type: string;
  localDate: string;
  /** Canonical JSON of the event. */
  body: string;
  bodyHash: string;
}

export interface NewEventRow {
  id: string;
  type: string;
  localDate: string;
  occurredAt: string;
  body: string;
  bodyHash: string;
}

/** Values one inserted event row binds (the columns of insertMany). */
const eventColumns = 8;

export class EventsRepository {
  constructor(private readonly db: Db) {}

  /** Inserts unless the user already has an event with this id; true when inserted. */
  async insertIfAbsent(userId: string, event: NewEventRow, nowIso: string): Promise<boolean> {
    const result = await this.db
      .insertInto("events")
      .values({
        user_id: userId,
        id: event.id,
        type: event.type,
        local_date: event.localDate,
        occurred_at: event.occurredAt,
        body: event.body,
        body_hash: event.bodyHash,
        received_at: nowIso,
      })
      .onConflict((oc) => oc.columns(["user_id", "id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /**
   * Inserts the rows in order, skipping ids the user already has; returns the ids inserted. Rows go in
   * statements below the driver's parameter limit (issue 9, defect 6: one statement for a 33,000-event
   * restore was "too many SQL variables").
   */
  async insertMany(userId: string, events: readonly NewEventRow[], nowIso: string): Promise<Set<string>> {
    const inserted = new Set<string>();
    for (const chunk of chunksOf(events, rowsPerStatement(this.db, eventColumns))) {
      const rows = await this.db
        .insertInto("events")
        .values(
          chunk.map((event) => ({
            user_id: userId,
            id: event.id,
            type: event.type,
            local_date: event.localDate,
            occurred_at: event.occurredAt,
            body: event.body,
            body_hash: event.bodyHash,
            received_at: nowIso,
          })),
        )
        .onConflict((oc) => oc.columns(["user_id", "id"]).doNothing())
        .returning("id")
        .execute();
      for (const row of rows) inserted.add(row.id);
    }
    return inserted;
  }

  async findHashes(userId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const hashes = new Map<string, string>();
    for (const chunk of chunksOf([...new Set(ids)], rowsPerStatement(this.db, 1, 1))) {
      const rows = await this.db
        .selectFrom("events")
        .select(["id", "body_hash"])
        .where("user_id", "=", userId)
        .where("id", "in", chunk)
        .execute();
      for (const row of rows) hashes.set(row.id, row.body_hash);
    }
    return hashes;
  }

  async page(userId: string, afterSeq: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom("events")
      .select(["seq", "id", "type", "local_date", "body", "body_hash"])
      .where("user_id", "=", userId)
      .where("seq", ">", afterSeq)
      .orderBy("seq")
      .limit(limit)
      .execute();
    return rows.map(toStored);
  }

  /** Every event of the user in server order (the plan engine folds over them). */
  async all(userId: string, types?: string[]): Promise<StoredEvent[]> {
    let query = this.db
      .selectFrom("events")
      .select(["seq", "id", "type", "local_date", "body", "body_hash"])
      .where("user_id", "=", userId);
    if (types) query = query.where("type", "in", types);
    const rows = await query.orderBy("seq").execute();
    return rows.map(toStored);
  }

  /**
   * Bumps the user's log version at the start of an event write. The row update also serialises
   * event writes of one user on PostgreSQL (row lock until commit), so sequence numbers commit in
   * order and the sync cursor never skips an event; SQLite has one writer at a time anyway.
   */
  async bumpLogVersion(userId: string): Promise<void> {
    await this.db
      .updateTable("users")
      .set((eb) => ({ event_log_version: eb("event_log_version", "+", 1) }))
      .where("id", "=", userId)
      .execute();
  }
}

function toStored(row: {
  seq: number;
  id: string;
  type: string;
  local_date: string;
  body: string;
  body_hash: string;
}): StoredEvent {
  return {
    seq: Number(row.seq),
    id: row.id,
    type: row.type,
    localDate: row.local_date,
    body: row.body,
    bodyHash: row.body_hash,
  };
}
